import { describe, expect, it } from 'vitest';
import { AGENCY_NAMES, findAgencies, matchAgency } from '../../../src/structure/agencies';

describe('matchAgency', () => {
  it('recognises agencies in their usual spellings', () => {
    expect(matchAgency('Reuters')).toBe('Reuters');
    expect(matchAgency('REUTERS')).toBe('Reuters');
    expect(matchAgency('The Associated Press')).toBe('AP');
    expect(matchAgency('SOURCE: AFP')).toBe('AFP');
    expect(matchAgency('(dpa)')).toBe('dpa');
    expect(matchAgency('via AP')).toBe('AP');
    expect(matchAgency('Reuters news agency')).toBe('Reuters');
    expect(matchAgency('Anadolu Agency')).toBe('Anadolu Agency');
    expect(matchAgency('Press Trust of India')).toBe('PTI');
  });

  it('every canonical name matches itself', () => {
    for (const name of AGENCY_NAMES) expect(matchAgency(name)).toBe(name);
  });

  it('does not take people, publishers or ordinary words for agencies', () => {
    expect(matchAgency('Sadiq S Bhat')).toBeNull();
    expect(matchAgency('TRT World')).toBeNull();
    expect(matchAgency('ap')).toBeNull();
    expect(matchAgency('Paris')).toBeNull();
    expect(matchAgency('')).toBeNull();
  });
});

describe('findAgencies', () => {
  it('finds every agency in a credit line once', () => {
    expect(findAgencies('Reuters/AFP')).toEqual(['Reuters', 'AFP']);
    expect(findAgencies('with inputs from AP and Reuters').sort()).toEqual(['AP', 'Reuters']);
    expect(findAgencies('Mit Material von dpa und AFP').sort()).toEqual(['AFP', 'dpa']);
    expect(findAgencies('Reuters, Reuters')).toEqual(['Reuters']);
  });

  it('finds nothing in ordinary text', () => {
    expect(findAgencies('The minister said on Tuesday that talks would resume.')).toEqual([]);
  });
});
