// Word shapes, capitalisation classes and the hashed feature ids of a sentence.
import { describe, expect, it } from 'vitest';
import { extractFeatures, FEATURES_PER_TOKEN, flagsOf } from '../../../src/nlp/ner/features';
import { kindsOf } from '../../../src/nlp/gazetteer/lists';
import { capClass, isAllCapsSentence, shortShape, wordShape } from '../../../src/nlp/ner/shape';

describe('shapes', () => {
  it('maps characters to classes and cuts long runs', () => {
    expect(wordShape('Weidong')).toBe('Xxxxx');
    expect(wordShape('1996-12-06')).toBe('dddd-dd-dd');
    expect(wordShape("O'Brien")).toBe("X'Xxxxx");
    expect(shortShape('U.S.')).toBe('X.X.');
    expect(shortShape('iPhone15')).toBe('xXxd');
    expect(shortShape('Türkiye')).toBe('Xx');
  });

  it('classes capitalisation and spots headline sentences', () => {
    expect([capClass('moscow'), capClass('Moscow'), capClass('NATO'), capClass('McDonald'), capClass('2024')]).toEqual([0, 1, 2, 3, 4]);
    expect(isAllCapsSentence(['JAPAN', 'GET', 'LUCKY', 'WIN', ','])).toBe(true);
    expect(isAllCapsSentence(['Japan', 'won', 'in', 'the', 'UAE'])).toBe(false);
    expect(isAllCapsSentence(['NATO'])).toBe(false);
  });

  it('flags digits, hyphens, apostrophes, dots, punctuation and single characters', () => {
    expect(flagsOf('2-1')).toBe(1 | 2);
    expect(flagsOf("Sun's")).toBe(4);
    expect(flagsOf('U.S.')).toBe(8);
    expect(flagsOf(',')).toBe(16 | 32);
  });
});

describe('extractFeatures', () => {
  const bits = 16;
  const words = ['Sun', 'Weidong', 'visited', 'Moscow', '.'];

  it('gives FEATURES_PER_TOKEN ids in range per token, the same every time', () => {
    const ids = extractFeatures(words, bits);
    expect(ids.length).toBe(words.length * FEATURES_PER_TOKEN);
    for (const id of ids) expect(id >= 0 && id < 1 << bits).toBe(true);
    expect(Array.from(extractFeatures(words, bits))).toEqual(Array.from(ids));
    expect(extractFeatures([], bits).length).toBe(0);
  });

  it('shares the word features of a word across contexts but not its context features', () => {
    const a = extractFeatures(['in', 'Moscow', 'today'], bits).slice(FEATURES_PER_TOKEN, 2 * FEATURES_PER_TOKEN);
    const b = extractFeatures(['from', 'Moscow', 'yesterday'], bits).slice(FEATURES_PER_TOKEN, 2 * FEATURES_PER_TOKEN);
    // bias, lower word, exact word, shape, short shape and the eight affixes are the first 13.
    expect(Array.from(a.slice(0, 13))).toEqual(Array.from(b.slice(0, 13)));
    expect(Array.from(a.slice(16, 17))).not.toEqual(Array.from(b.slice(16, 17)));
  });

  it('reads a capitalised sentence differently from the same words in lower case', () => {
    const upper = extractFeatures(['JAPAN', 'WIN', 'IN', 'CHINA'], bits);
    const lower = extractFeatures(['japan', 'win', 'in', 'china'], bits);
    expect(upper[1]).toBe(lower[1]); // the lower-cased word
    expect(upper[2]).not.toBe(lower[2]); // the exact word
  });

  it('costs no more for a 1 MB word than for a long one', () => {
    const huge = 'x'.repeat(1_000_000);
    const start = performance.now();
    expect(extractFeatures([huge, huge], bits).length).toBe(2 * FEATURES_PER_TOKEN);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('name-list features', () => {
  const bits = 18;
  const at = (words: string[], i: number) => Array.from(extractFeatures(words, bits).slice(i * FEATURES_PER_TOKEN, (i + 1) * FEATURES_PER_TOKEN));
  // Slots 0..29 are the word's own and its context's; the rest read the name lists.
  const LIST_SLOTS = 30;

  it('gives a listed word different list features from an unlisted one of the same look', () => {
    const listed = at(['Chinese', 'President', 'Xi', 'Jinping'], 0).slice(LIST_SLOTS);
    const unlisted = at(['Chonese', 'Prosident', 'Xi', 'Jinping'], 0).slice(LIST_SLOTS);
    expect(listed).not.toEqual(unlisted);
  });

  it('tells a name after a demonym and a title from the same name after ordinary words', () => {
    const afterTitle = at(['Chinese', 'President', 'Xi', 'Jinping'], 2).slice(LIST_SLOTS);
    const afterWords = at(['Blue', 'Yonder', 'Xi', 'Jinping'], 2).slice(LIST_SLOTS);
    expect(afterTitle).not.toEqual(afterWords);
  });

  it('marks the words of a capitalised run that ends in an organisation cue', () => {
    const org = at(['the', 'Shanghai', 'Cooperation', 'Organisation', 'met'], 1);
    const place = at(['the', 'Shanghai', 'Cooperation', 'Village', 'met'], 1);
    expect(org.slice(0, LIST_SLOTS - 12)).toEqual(place.slice(0, LIST_SLOTS - 12));
    expect(org.slice(LIST_SLOTS)).not.toEqual(place.slice(LIST_SLOTS));
  });

  it('tells a capitalised common word from a capitalised word no dictionary has, and from a word that is also a name', () => {
    // "Harvest" and "Horvest" look alike (shape, capitals, length) and are in no name list; only the dictionary tells them apart.
    expect(kindsOf(['Harvest'])).toEqual([]);
    expect(at(['Harvest', 'said'], 0).slice(LIST_SLOTS)).not.toEqual(at(['Horvest', 'said'], 0).slice(LIST_SLOTS));
    // "Sun" (a word, and Sun Weidong's family name) against "Sum" (only a word).
    expect(kindsOf(['Sun'])).toEqual(kindsOf(['Sum']));
    expect(at(['Sun', 'said'], 0).slice(LIST_SLOTS)).not.toEqual(at(['Sum', 'said'], 0).slice(LIST_SLOTS));
  });
});
