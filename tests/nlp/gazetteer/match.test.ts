// Longest-match marking of list entries over a sentence.
import { describe, expect, it } from 'vitest';
import { GAZETTEER_KINDS } from '../../../src/nlp/gazetteer/lists';
import { beginBit, gazetteerMarks, hasKind, insideBit } from '../../../src/nlp/gazetteer/match';

const kind = (name: (typeof GAZETTEER_KINDS)[number]) => GAZETTEER_KINDS.indexOf(name);
const COUNTRY = kind('country');
const DEMONYM = kind('demonym');
const TITLE = kind('title');
const FIRST = kind('first-name');

describe('gazetteerMarks', () => {
  it('marks the longest entry, begin then inside', () => {
    const words = ['the', 'United', 'Arab', 'Emirates', 'said'];
    const marks = gazetteerMarks(words);
    expect(marks[1]! & beginBit(COUNTRY)).toBeTruthy();
    expect(marks[2]! & insideBit(COUNTRY)).toBeTruthy();
    expect(marks[3]! & insideBit(COUNTRY)).toBeTruthy();
    // "Emirates" alone is a country name too, but it sits inside the longer entry.
    expect(marks[3]! & beginBit(COUNTRY)).toBe(0);
    expect(hasKind(marks[0]!, COUNTRY) || hasKind(marks[4]!, COUNTRY)).toBe(false);
  });

  it('matches an official name through the split possessive', () => {
    const marks = gazetteerMarks(['People', "'s", 'Republic', 'of', 'China']);
    expect(marks[0]! & beginBit(COUNTRY)).toBeTruthy();
    for (let i = 1; i < 5; i++) expect(marks[i]! & insideBit(COUNTRY)).toBeTruthy();
  });

  it('marks each kind on its own: demonym, titles and a first name in one phrase', () => {
    const marks = gazetteerMarks(['Russian', 'Foreign', 'Minister', 'Sergey', 'Lavrov']);
    expect(hasKind(marks[0]!, DEMONYM)).toBe(true);
    expect(hasKind(marks[0]!, COUNTRY)).toBe(false);
    expect(hasKind(marks[1]!, TITLE) && hasKind(marks[2]!, TITLE)).toBe(true);
    expect(hasKind(marks[3]!, FIRST)).toBe(true);
    expect(marks[4]).toBe(0);
  });

  it('gives one mark per word for any input', () => {
    expect(gazetteerMarks([]).length).toBe(0);
    const huge = 'x'.repeat(1_000_000);
    expect(Array.from(gazetteerMarks([huge, '😀', 'China']))).toEqual([0, 0, beginBit(COUNTRY)]);
  });
});
