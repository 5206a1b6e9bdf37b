// The shipped name lists: countries and their short forms, demonyms to their country, places, first names, cue words.
import { describe, expect, it } from 'vitest';
import { gazetteerNames, gazetteerTable } from '../../../scripts/lib/gazetteer-table';
import countries from '../../../src/nlp/gazetteer/countries.json';
import demonyms from '../../../src/nlp/gazetteer/demonyms.json';
import entryTable from '../../../src/nlp/gazetteer/gazetteer-entries.json';
import { countryNamed, countryOfDemonym, kindsOf } from '../../../src/nlp/gazetteer/lists';
import firstNames from '../../../src/nlp/gazetteer/sources/first-names.json';
import organisations from '../../../src/nlp/gazetteer/sources/organisations.json';
import places from '../../../src/nlp/gazetteer/sources/places.json';
import wordnetGroups from '../../../src/nlp/gazetteer/sources/wordnet-groups.json';
import wordnetPeople from '../../../src/nlp/gazetteer/sources/wordnet-people.json';
import wordnetPlaces from '../../../src/nlp/gazetteer/sources/wordnet-places.json';

describe('name lists', () => {
  it('has its lookup table worked out from the lists and cues.ts as they are (else: npm run gazetteers)', () => {
    const sources = { countries, demonyms, places, wordnetPlaces, firstNames, organisations, wordnetGroups, wordnetPeople };
    expect(entryTable).toEqual(gazetteerTable(gazetteerNames(sources)));
  });

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
