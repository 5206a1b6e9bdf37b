// Spans from IOB2 tag sequences, including the malformed ones a tagger or an IOB1 corpus produces.
import { describe, expect, it } from 'vitest';
import { allowedTransition, entitySpans, tagType, toIob2 } from '../../../src/nlp/ner/tags';

describe('entitySpans', () => {
  it('gives [start, end) token ranges with their types', () => {
    expect(entitySpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'B-ORG', 'I-ORG', 'I-ORG'])).toEqual([
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
      [5, 8, 'ORG'],
    ]);
  });

  it('opens a span at an I- without a B- (IOB1, stray tagger output)', () => {
    expect(entitySpans(['O', 'I-LOC', 'I-LOC', 'O', 'I-PER'])).toEqual([
      [1, 3, 'LOC'],
      [4, 5, 'PER'],
    ]);
  });

  it('splits at a B- of the same type and at an I- of another type', () => {
    expect(entitySpans(['B-PER', 'B-PER', 'I-PER'])).toEqual([
      [0, 1, 'PER'],
      [1, 3, 'PER'],
    ]);
    expect(entitySpans(['B-PER', 'I-LOC', 'I-LOC'])).toEqual([
      [0, 1, 'PER'],
      [1, 3, 'LOC'],
    ]);
  });

  it('gives nothing for empty and all-O input and ignores unknown tags', () => {
    expect(entitySpans([])).toEqual([]);
    expect(entitySpans(['O', 'O', 'X', 'B-'])).toEqual([]);
  });
});

describe('toIob2 and transitions', () => {
  it('rewrites IOB1 as IOB2 with the same spans', () => {
    expect(toIob2(['I-ORG', 'I-ORG', 'O', 'I-PER', 'B-PER'])).toEqual(['B-ORG', 'I-ORG', 'O', 'B-PER', 'B-PER']);
  });

  it('allows I-X only after B-X or I-X', () => {
    expect(allowedTransition('B-LOC', 'I-LOC')).toBe(true);
    expect(allowedTransition('I-LOC', 'I-LOC')).toBe(true);
    expect(allowedTransition('O', 'I-LOC')).toBe(false);
    expect(allowedTransition('B-PER', 'I-LOC')).toBe(false);
    expect(allowedTransition('O', 'B-LOC')).toBe(true);
    expect(tagType('I-MISC')).toBe('MISC');
    expect(tagType('O')).toBeNull();
  });
});
