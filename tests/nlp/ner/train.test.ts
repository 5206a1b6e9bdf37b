// End to end on a handful of inline sentences: train, store compactly, load, tag; and bad input never throws.
import { describe, expect, it } from 'vitest';
import { compactModel, loadModel } from '../../../src/nlp/ner/model';
import { createTagger } from '../../../src/nlp/ner/tagger';
import { entitySpans, TAGS } from '../../../src/nlp/ner/tags';
import { trainTagger, type Sentence } from '../../../src/nlp/ner/train';

const s = (text: string, tags: string): Sentence => ({ tokens: text.split(' '), tags: tags.split(' ') });
const SENTENCES: Sentence[] = [
  s('Anna Berg visited Oslo on Monday .', 'B-PER I-PER O B-LOC O O O'),
  s('Lars Holm works for Statoil in Bergen .', 'B-PER I-PER O O B-ORG O B-LOC O'),
  s('Statoil said profits rose in Norway .', 'B-ORG O O O O B-LOC O'),
  s('Minister Anna Berg met Lars Holm .', 'O B-PER I-PER O B-PER I-PER O'),
  s('The meeting in Oslo ended early .', 'O O O B-LOC O O O'),
  s('Shares of Statoil fell on Friday .', 'O O B-ORG O O O O'),
  s('Berg and Holm flew to Bergen .', 'B-PER O B-PER O O B-LOC O'),
  s('It rained all week .', 'O O O O O'),
];

describe('trainTagger', () => {
  const stored = trainTagger(SENTENCES, { bits: 14, epochs: 10, seed: 3 });
  const tagger = createTagger(loadModel(stored));

  it('learns its training sentences', () => {
    for (const sentence of SENTENCES) expect(tagger.tagTokens(sentence.tokens)).toEqual(sentence.tags);
  });

  it('tags known names in a new sentence', () => {
    const words = 'Lars Holm visited Oslo .'.split(' ');
    expect(entitySpans(tagger.tagTokens(words))).toEqual([
      [0, 2, 'PER'],
      [3, 4, 'LOC'],
    ]);
  });

  it('is deterministic for a seed and stores a compact, well-formed model', () => {
    expect(trainTagger(SENTENCES, { bits: 14, epochs: 10, seed: 3 })).toEqual(stored);
    expect(stored.tags).toEqual(TAGS);
    expect(stored.weights.length).toBe(stored.rows.length * TAGS.length);
    expect(stored.rows.length).toBeLessThan(1 << 14);
    expect(() => loadModel({ ...stored, weights: stored.weights.slice(1) })).toThrow();
  });

  it('averages the runs of several seeds into one model of the same form', () => {
    // The average of one run with itself is that run; two shuffles average to weights neither run has alone.
    expect(trainTagger(SENTENCES, { bits: 14, epochs: 10, seeds: [3, 3] })).toEqual(stored);
    const other = trainTagger(SENTENCES, { bits: 14, epochs: 10, seed: 4 });
    const both = trainTagger(SENTENCES, { bits: 14, epochs: 10, seeds: [3, 4] });
    expect(both.weights).not.toEqual(stored.weights);
    expect(both.weights).not.toEqual(other.weights);
    const averaged = createTagger(loadModel(both));
    for (const sentence of SENTENCES) expect(averaged.tagTokens(sentence.tokens)).toEqual(sentence.tags);
  });

  it('greedy decoding learns the training sentences too', () => {
    const greedy = createTagger(loadModel(trainTagger(SENTENCES, { bits: 14, epochs: 10, decoder: 'greedy' })));
    expect(greedy.tagTokens(SENTENCES[0]?.tokens ?? [])).toEqual(SENTENCES[0]?.tags);
  });

  it('returns one tag per word for any input and never throws', () => {
    const inputs: string[][] = [[], [''], ['😀', '‏שלום', 'мир', '北京'], ['x'.repeat(1_000_000)], Array.from({ length: 1500 }, (_, i) => (i % 7 ? 'word' : 'Oslo'))];
    for (const words of inputs) {
      const tags = tagger.tagTokens(words);
      expect(tags.length).toBe(words.length);
      for (const tag of tags) expect(TAGS).toContain(tag);
    }
  });
});

describe('compactModel', () => {
  it('drops rows that quantise to zero and keeps the rest exactly up to the scale', () => {
    const t = TAGS.length;
    const dense = new Float64Array(4 * t);
    dense[t + 1] = 2.54; // row 1
    dense[3 * t] = -1.27; // row 3
    dense[2 * t] = 0.001; // row 2: rounds to zero
    const model = compactModel(dense, new Float64Array((t + 1) * t), { bits: 2, tags: [...TAGS], decoder: 'viterbi' });
    expect(model.rows).toEqual([1, 2]); // gaps: row 1, then row 3
    const loaded = loadModel(model);
    // Weights load as the stored signed bytes at their feature's row; times the scale they are the trained values.
    expect(loaded.weightsByFeature.length).toBe(4 * t);
    expect((loaded.weightsByFeature[t + 1] ?? 0) * loaded.scale).toBeCloseTo(2.54, 5);
    expect((loaded.weightsByFeature[3 * t] ?? 0) * loaded.scale).toBeCloseTo(-1.27, 1);
    // The dropped rows (0 and the near-zero 2) score nothing.
    expect(Array.from(loaded.weightsByFeature.subarray(2 * t, 3 * t))).toEqual(new Array(t).fill(0));
    expect(loaded.weightsByFeature.subarray(0, t).every((w) => w === 0)).toBe(true);
  });
});
