import { describe, expect, it } from 'vitest';
import { parseDate, parseMachineDate } from '../../../src/structure/meta/dates';
import { dateFromUrl } from '../../../src/structure/meta/url-date';

describe('parseDate', () => {
  it('keeps ISO dates and their offset as written', () => {
    expect(parseDate('2024-02-28')).toBe('2024-02-28');
    expect(parseDate('2024-02-28T23:30:00-05:00')).toBe('2024-02-28T23:30:00-05:00');
    expect(parseDate('2024-02-28T23:30:00+0530')).toBe('2024-02-28T23:30:00+05:30');
    expect(parseDate('2023-04-28 17:40:08+00:00')).toBe('2023-04-28T17:40:08+00:00');
    expect(parseDate('2024-02-28T10:05:00.000Z')).toBe('2024-02-28T10:05:00Z');
  });

  it('reads numeric European forms day first', () => {
    expect(parseDate('28.02.2024')).toBe('2024-02-28');
    expect(parseDate('27.1.2022 - Bei der Erinnerung')).toBe('2022-01-27');
    expect(parseDate('28.02.2024, 14:05 Uhr')).toBe('2024-02-28T14:05:00');
    expect(parseDate('03/04/2024', 'de')).toBe('2024-04-03');
    // A byline and its date run together in the page's text.
    expect(parseDate('Tanja Karrasch3.11.2023', 'de')).toBe('2023-11-03');
    expect(parseDate('Erstellt am09.02.2022', 'de')).toBe('2022-02-09');
    expect(parseDate('Version 1.2.2023.4')).toBeNull();
  });

  it('reads US numeric dates month first only for US English, or when the day settles it', () => {
    expect(parseDate('03/04/2024', 'en-US')).toBe('2024-03-04');
    expect(parseDate('02/28/2024', 'de')).toBe('2024-02-28');
  });

  it('reads written dates in several languages', () => {
    expect(parseDate('Published February 28, 2024')).toBe('2024-02-28');
    expect(parseDate('28. Februar 2024', 'de')).toBe('2024-02-28');
    expect(parseDate('le 3 mars 2023', 'fr')).toBe('2023-03-03');
    expect(parseDate('3 de marzo de 2023', 'es')).toBe('2023-03-03');
    expect(parseDate('Friday, December 23, 2016')).toBe('2016-12-23');
    expect(parseDate('2023年3月3日', 'ja')).toBe('2023-03-03');
    // A German page with an English date line, and an English page with a German one.
    expect(parseDate('Published Feb. 28, 2024', 'de')).toBe('2024-02-28');
    expect(parseDate('Veröffentlicht am 28. Dezember 2023', 'en')).toBe('2023-12-28');
  });

  it('rejects relative dates, dates without a year and implausible years', () => {
    expect(parseDate('Updated 2 hours ago')).toBeNull();
    expect(parseDate('Yesterday')).toBeNull();
    expect(parseDate('February 28')).toBeNull();
    expect(parseDate('1970-01-01')).toBeNull();
    expect(parseDate('2150-01-01')).toBeNull();
    expect(parseDate('2024-02-30')).toBeNull();
    expect(parseDate('')).toBeNull();
  });
});

describe('parseMachineDate', () => {
  it('reads epoch seconds and milliseconds in UTC', () => {
    expect(parseMachineDate('1709114400')).toBe('2024-02-28T10:00:00Z');
    expect(parseMachineDate('1709114400000')).toBe('2024-02-28T10:00:00Z');
  });
});

describe('dateFromUrl', () => {
  it('finds dates written in the path', () => {
    expect(dateFromUrl('https://www.example.com/world/2024/02/28/story-slug')).toBe('2024-02-28');
    expect(dateFromUrl('https://www.example.com/2024/2/8/story')).toBe('2024-02-08');
    expect(dateFromUrl('https://www.example.com/news/20240228-story')).toBe('2024-02-28');
    expect(dateFromUrl('https://www.example.com/news/story-2024-02-28.html')).toBe('2024-02-28');
  });

  it('does not invent a day from a year and month, from the host, or from ids', () => {
    expect(dateFromUrl('http://blog.example.org/2016/12/widget-360-is-now-available.html')).toBeNull();
    expect(dateFromUrl('https://2024-02-28.example.com/story')).toBeNull();
    expect(dateFromUrl('https://example.com/article/1011185')).toBeNull();
    expect(dateFromUrl('https://example.com/2024/13/45/story')).toBeNull();
    expect(dateFromUrl(null)).toBeNull();
  });
});
