// The shipped name lists: countries and their short forms, demonyms to their country, places, first names, cue words.
import { describe, expect, it } from 'vitest';
import { countryNamed, countryOfDemonym, kindsOf } from '../../../src/nlp/gazetteer/lists';

describe('name lists', () => {
  it('maps demonyms to their country and never lists them as places', () => {
    expect(countryOfDemonym('Chinese')).toBe('China');
    expect(countryOfDemonym('Russian')).toBe('Russia');
    expect(countryOfDemonym('American')).toBe('United States');
    expect(countryOfDemonym('Moscow')).toBeNull();
    expect(kindsOf(['Chinese'])).toEqual(['demonym']);
  });

  it('knows countries by common, official and short names', () => {
    expect(countryNamed('China')).toBe('China');
    expect(countryNamed("People's Republic of China".replace("'s", " 's"))).toBe('China');
    expect(countryNamed('U.S.')).toBe('United States');
    expect(countryNamed('UK')).toBe('United Kingdom');
    expect(countryNamed('Shanghai')).toBeNull();
    // Two-letter ISO codes other than the few news writes would read headline words as countries.
    expect(countryNamed('IT')).toBeNull();
  });

  it('lists capitals and regions as places, and first names', () => {
    expect(kindsOf(['Beijing'])).toContain('place');
    expect(kindsOf(['Moscow'])).toContain('place');
    expect(kindsOf(['Sergey'])).toContain('first-name');
    expect(kindsOf(['Vladimir'])).toContain('first-name');
    expect(kindsOf(['Mary'])).toContain('first-name');
    expect(kindsOf(['the'])).toEqual([]);
  });

  it("lists WordNet's named people as persons and its named places as places", () => {
    expect(kindsOf(['Einstein'])).toContain('person');
    expect(kindsOf(['Albert', 'Einstein'])).toContain('person');
    expect(kindsOf(['Johannesburg'])).toContain('place');
    expect(kindsOf(['Abu', 'Sayyaf'])).toContain('organisation');
    expect(kindsOf(['Chinese'])).not.toContain('person');
  });

  it('has the hand-written organisation cues and title words, case-blind', () => {
    expect(kindsOf(['Ministry'])).toContain('org-cue');
    expect(kindsOf(['Organisation'])).toContain('org-cue');
    expect(kindsOf(['minister'])).toContain('title');
    expect(kindsOf(['Vice'])).toContain('title');
  });
});
