// NAME_LIST_PREPARATIONS build the lookup tables ahead of use; the lookups then answer as they would have on first use.
import { describe, expect, it } from 'vitest';
import { COMMON_WORD, dictionaryClass, NOT_A_WORD } from '../../../src/nlp/gazetteer/dictionary';
import { beginBit, gazetteerMarks, insideBit } from '../../../src/nlp/gazetteer/match';
import { GAZETTEER_KINDS, kindsOf } from '../../../src/nlp/gazetteer/lists';
import { NAME_LIST_PREPARATIONS } from '../../../src/nlp/gazetteer/prepare';

const prepareNameLists = () => NAME_LIST_PREPARATIONS.forEach((prepare) => prepare());

describe('NAME_LIST_PREPARATIONS', () => {
  it('builds the tables, after which the lookups answer as usual', () => {
    prepareNameLists();
    expect(dictionaryClass('harbour')).toBe(COMMON_WORD);
    expect(dictionaryClass('nairobi')).toBe(NOT_A_WORD);
    expect(kindsOf(['Nairobi'])).toContain('place');
    const country = GAZETTEER_KINDS.indexOf('country');
    const marks = gazetteerMarks(['in', 'New', 'Zealand']);
    expect([marks[1]! & beginBit(country), marks[2]! & insideBit(country)]).toEqual([beginBit(country), insideBit(country)]);
  });

  it('is made of two parts: the common words, and the entries with the leading parts of longer ones', () => {
    expect(NAME_LIST_PREPARATIONS.length).toBe(2);
  });

  it('gives a leading part of a longer entry no kind of its own', () => {
    prepareNameLists();
    expect(kindsOf(['People', "'s", 'Republic', 'of', 'China'])).toContain('country');
    expect(kindsOf(['People', "'s", 'Republic'])).toEqual([]);
  });
});
