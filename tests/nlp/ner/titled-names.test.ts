// Untagged capitalised words no dictionary knows, right after a person's title, are that person.
import { describe, expect, it } from 'vitest';
import { namesAfterTitles } from '../../../src/nlp/ner/titled-names';

const split = (text: string) => text.split(' ');
const untagged = (words: string[]) => words.map(() => 'O');

describe('namesAfterTitles', () => {
  it('tags the name after a title the tagger missed', () => {
    const words = split('Chinese President Xu Wenqiao met reporters');
    expect(namesAfterTitles(words, ['B-MISC', 'O', 'O', 'O', 'O', 'O'])).toEqual(['B-MISC', 'O', 'B-PER', 'I-PER', 'O', 'O']);
    expect(namesAfterTitles(split('Governor Tamsworth said'), untagged(split('Governor Tamsworth said')))).toEqual(['O', 'B-PER', 'O']);
  });

  it('leaves offices, common words, places and longer runs alone', () => {
    for (const text of ['the General Assembly voted', 'Prime Minister Office staff', 'Captain America returned', 'Vice Qarlovo spoke', 'President Abel Bram Corvin Drayk opened']) {
      const words = split(text);
      expect(namesAfterTitles(words, untagged(words))).toEqual(untagged(words));
    }
  });

  it('keeps what the tagger already tagged', () => {
    const words = split('President Xu Wenqiao arrived');
    expect(namesAfterTitles(words, ['O', 'B-PER', 'O', 'O'])).toEqual(['O', 'B-PER', 'O', 'O']);
    expect(namesAfterTitles(words, ['B-ORG', 'I-ORG', 'I-ORG', 'O'])).toEqual(['B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });
});
