// Document case hints: how a word is written in the other sentences of its story.
import { describe, expect, it } from 'vitest';
import { documentCaseHints, SEEN_CAPITALISED, SEEN_LOWER } from '../../../src/nlp/ner/document';

describe('documentCaseHints', () => {
  const doc = [
    ['JAPAN', 'GET', 'LUCKY', 'WIN'],
    ['Japan', 'had', 'a', 'lucky', 'day', 'as', 'Japan', 'won', '.'],
    ['The', 'win', 'put', 'Japan', 'top', '.'],
  ];
  const hints = documentCaseHints(doc);

  it('tells a capitals headline how the story writes its words', () => {
    expect(Array.from(hints[0] ?? [])).toEqual([SEEN_CAPITALISED, 0, SEEN_LOWER, SEEN_LOWER]);
  });

  it('leaves the sentence itself out: evidence only from the other sentences', () => {
    // "had" is written only in sentence 2, so sentence 2 learns nothing about it; "Japan" there gets sentence 3's capital.
    expect(hints[1]?.[1]).toBe(0);
    expect(hints[1]?.[0]).toBe(SEEN_CAPITALISED);
    // A capital at the sentence start is no evidence: "The" is seen nowhere else.
    expect(hints[2]?.[0]).toBe(0);
  });

  it('gives nothing to a sentence alone and never throws on odd input', () => {
    expect(Array.from(documentCaseHints([['Japan', 'won', 'in', 'japan']])[0] ?? [])).toEqual([0, 0, 0, 0]);
    expect(documentCaseHints([])).toEqual([]);
    expect(documentCaseHints([[], ['', '🙂', 'x'.repeat(100_000)]]).map((h) => h.length)).toEqual([0, 3]);
  });
});
