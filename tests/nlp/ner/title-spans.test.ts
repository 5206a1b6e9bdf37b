// Titles are cut from the front of person spans; the name itself and other types stay as tagged.
import { describe, expect, it } from 'vitest';
import { titlesOutOfNames } from '../../../src/nlp/ner/title-spans';

describe('titlesOutOfNames', () => {
  it('drops leading title words from a person span', () => {
    const words = ['Vice', 'Foreign', 'Minister', 'Sun', 'Weidong', 'said'];
    expect(titlesOutOfNames(words, ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'I-PER', 'O'])).toEqual(['O', 'O', 'O', 'B-PER', 'I-PER', 'O']);
  });

  it('keeps the last word of a span made only of title words, and leaves other types alone', () => {
    expect(titlesOutOfNames(['President', 'General'], ['B-PER', 'I-PER'])).toEqual(['O', 'B-PER']);
    const words = ['Minister', 'Council', 'met'];
    expect(titlesOutOfNames(words, ['B-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'O']);
    expect(titlesOutOfNames(['Sun', 'Weidong'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });
});
