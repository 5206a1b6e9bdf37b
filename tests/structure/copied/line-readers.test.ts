// The copied-text line readers: datelines, captions with credits, bylines and reading times.
import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../../src/structure/copied/byline';
import { parseCaptionLine } from '../../../src/structure/copied/caption';
import { parseDateLine } from '../../../src/structure/copied/date-line';
import { isHeadlineLike, readingMinutes } from '../../../src/structure/copied/lines';

describe('parseDateLine', () => {
  it('reads datelines in several formats and languages', () => {
    expect(parseDateLine('February 28, 2024')).toMatchObject({ iso: '2024-02-28', updated: false });
    expect(parseDateLine('Published 28 Feb 2024, 14:52 GMT')).toMatchObject({ iso: '2024-02-28T14:52:00+00:00', updated: false });
    expect(parseDateLine('Last updated: 2024-02-28T14:52:00+03:00')).toMatchObject({ iso: '2024-02-28T14:52:00+03:00', updated: true });
    expect(parseDateLine('28 février 2024 à 14h52')?.iso).toBe('2024-02-28');
    expect(parseDateLine('08.09.2023, 14:52 Uhr')?.iso).toBe('2023-09-08');
    expect(parseDateLine('February 28, 2024 • 3 min read')?.iso).toBe('2024-02-28');
  });

  it('reads numeric slash dates day-first unless the line reads American, and unglues a year from its time', () => {
    expect(parseDateLine('Zuerst veröffentlicht am 06/01/2026 - 09:47 MEZ')?.iso).toBe('2026-01-06');
    expect(parseDateLine('06/01/2026')?.iso).toBe('2026-01-06');
    expect(parseDateLine('Posted 04/05/2024 10:05 AM EDT')?.iso).toBe('2024-04-05T10:05:00-04:00');
    expect(parseDateLine('PUBLISHED FRI, APR 28 20232:23 PM EDT')?.iso).toBe('2023-04-28T14:23:00-04:00');
  });

  it('gives where the date starts when a byline precedes it', () => {
    expect(parseDateLine('By Jane Doe | February 28, 2024')).toMatchObject({ iso: '2024-02-28', index: 14 });
  });

  it('rejects relative or yearless dates and sentences that merely contain a date', () => {
    for (const line of ['2 hours ago', 'March 5', 'Officials met on 28 Feb 2024 in Moscow', 'Sun said China supports Russia assuming the BRICS presidency this year.']) {
      expect(parseDateLine(line)).toBeNull();
    }
  });
});

describe('parseCaptionLine', () => {
  it('splits labelled and bracketed credits, dropping a repeated credit', () => {
    expect(parseCaptionLine('Leaders meet in Beijing. / Photo: AP Archive / AP Archive')).toEqual({ caption: 'Leaders meet in Beijing.', credit: 'AP Archive' });
    expect(parseCaptionLine('Protesters march in Paris. Photograph: Stephane de Sakutin/AFP/Getty Images')).toEqual({
      caption: 'Protesters march in Paris.',
      credit: 'Stephane de Sakutin/AFP/Getty Images',
    });
    expect(parseCaptionLine('Image: Reuters')).toEqual({ caption: null, credit: 'Reuters' });
  });

  it('does not read a source line or a sentence mentioning a photo as a caption', () => {
    expect(parseCaptionLine('SOURCE:Reuters')).toBeNull();
    expect(parseCaptionLine('He said the photo: it was taken in 2020 and has been shared widely by many people across the world.')).toBeNull();
  });
});

describe('parseBylineLine', () => {
  it('undoes the doubled name of an avatar plus a link', () => {
    expect(parseBylineLine('Sadiq S BhatSadiq S Bhat')).toEqual({ authors: ['Sadiq S Bhat'], wire: [], publisher: null });
  });

  it('separates people, agencies and the newsroom', () => {
    expect(parseBylineLine('By Jane Doe, Reuters')).toEqual({ authors: ['Jane Doe'], wire: ['Reuters'], publisher: null });
    expect(parseBylineLine('Jane Doe | TRT World')).toEqual({ authors: ['Jane Doe'], wire: [], publisher: 'TRT World' });
    expect(parseBylineLine('By AFP')).toEqual({ authors: [], wire: ['AFP'], publisher: null });
    expect(parseBylineLine('TRT WorldTRT World')).toEqual({ authors: [], wire: [], publisher: 'TRT World' });
  });

  it('reads bylines set in capitals and "X for Outlet"', () => {
    expect(parseBylineLine('By DOLORES CHANG FOR EXAMPLE.COM')).toEqual({ authors: ['Dolores Chang'], wire: [], publisher: 'Example.com' });
    expect(parseBylineLine('LAURA M. QUINTANILLA')).toEqual({ authors: ['Laura M. Quintanilla'], wire: [], publisher: null });
    expect(parseBylineLine('By Jane Doe for The Guardian')).toEqual({ authors: ['Jane Doe'], wire: [], publisher: 'The Guardian' });
    expect(parseBylineLine('BBC NEWS')).toEqual({ authors: [], wire: [], publisher: 'BBC NEWS' });
  });

  it('refuses headlines, sentences and single words without "By"', () => {
    const lines = ['China calls for closer Beijing-Moscow coordination in Asia Pacific', 'He also met Russian Foreign Minister Sergey Lavrov.', 'WORLD', 'Explore', 'Von München bis Aachen: Im Netz der Agenten'];
    for (const line of lines) {
      expect(parseBylineLine(line)).toBeNull();
    }
  });
});

describe('line shapes', () => {
  it('reads stated reading times only when they say "read"', () => {
    expect(readingMinutes('2 MIN READ')).toBe(2);
    expect(readingMinutes('Reading time: 4 minutes')).toBe(4);
    expect(readingMinutes('5-minute read')).toBe(5);
    expect(readingMinutes('Lesezeit: 3 Minuten')).toBe(3);
    expect(readingMinutes('5 minutes')).toBeNull();
  });

  it('tells headlines from sentences', () => {
    expect(isHeadlineLike("Trump says he won't pull out ICE agents out of Minnesota despite backlash")).toBe(true);
    expect(isHeadlineLike('Is the four-day week here to stay?')).toBe(true);
    expect(isHeadlineLike('He also met Russian Foreign Minister Sergey Lavrov.')).toBe(false);
  });
});
