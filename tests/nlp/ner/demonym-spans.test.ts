// Demonyms are no places: bare-demonym LOC spans become MISC, countries and longer places stay.
import { describe, expect, it } from 'vitest';
import { demonymsAsMisc, isOnlyDemonym } from '../../../src/nlp/ner/demonym-spans';

describe('demonymsAsMisc', () => {
  it('retypes a bare demonym tagged LOC and leaves the rest', () => {
    const words = ['Chinese', 'President', 'Xi', 'Jinping', 'visited', 'China'];
    const tags = ['B-LOC', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC'];
    expect(demonymsAsMisc(words, tags)).toEqual(['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']);
  });

  it('keeps a place that only starts with a demonym', () => {
    const words = ['the', 'Korean', 'Peninsula'];
    expect(demonymsAsMisc(words, ['O', 'B-LOC', 'I-LOC'])).toEqual(['O', 'B-LOC', 'I-LOC']);
  });

  it('knows which words are only demonyms', () => {
    expect(isOnlyDemonym(['Russian'])).toBe(true);
    expect(isOnlyDemonym(['Russia'])).toBe(false);
    expect(isOnlyDemonym(['Moscow'])).toBe(false);
  });
});
