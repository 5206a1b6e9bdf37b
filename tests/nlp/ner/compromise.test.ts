// compromise 14 as the bench's anchor tagger: its matches land on our words, titles left out, never throwing.
import { describe, expect, it } from 'vitest';
import { compromiseTags } from '../../../bench/ner/compromise';

describe('compromiseTags', () => {
  it('maps people and places onto the words, without the title and trailing punctuation', () => {
    const words = 'Russian President Vladimir Putin arrived in Moscow , officials said .'.split(' ');
    const tags = compromiseTags(words);
    expect(tags.slice(2, 4)).toEqual(['B-PER', 'I-PER']);
    expect(tags[1]).toBe('O');
    expect(tags[6]).toBe('B-LOC');
    expect(tags[7]).toBe('O');
    expect(tags).toHaveLength(words.length);
  });

  it('gives all O for nothing to find and for no words', () => {
    expect(compromiseTags(['it', 'rained', '.'])).toEqual(['O', 'O', 'O']);
    expect(compromiseTags([])).toEqual([]);
  });
});
