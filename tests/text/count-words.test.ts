// countWords: the word count behind stats.words, reading times and the article/listing decision.
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/text/normalize';
import { seededRandom } from '../helpers/seeded-random';

/** The definition countWords implements with a character loop. */
const byRegex = (text: string) => (text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu) ?? []).length;

describe('countWords', () => {
  it('joins runs across one apostrophe, hyphen or dot, and nothing else', () => {
    expect(countWords("Don't stop: the U.S. economy grew 2.5 per cent")).toBe(9);
    expect(countWords('l’homme d’état, x-ray')).toBe(3);
    expect(countWords('a--b a.-b a. .b')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords(' — … ')).toBe(0);
  });

  it('counts letters of every script, including those outside the Basic Multilingual Plane', () => {
    expect(countWords('Владимир Путин встретился')).toBe(3);
    expect(countWords('𝐀𝐁𝐂 test 𠀀x')).toBe(3);
  });

  it('agrees with the regular-expression definition on random text', () => {
    const alphabet = [...'ab1 -.\'’é𝐀日\u0301\n'];
    const random = seededRandom(7);
    for (let round = 0; round < 5000; round += 1) {
      const text = random.text(alphabet, 24);
      expect(countWords(text), JSON.stringify(text)).toBe(byRegex(text));
    }
  });
});
