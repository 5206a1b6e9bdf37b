// Viterbi against brute force on small random lattices; both decoders keep IOB2 legal.
import { describe, expect, it } from 'vitest';
import { greedy, legalMask, viterbi } from '../../../src/nlp/ner/decode';
import { allowedTransition } from '../../../src/nlp/ner/tags';
import { seededRandom } from '../../../src/nlp/ner/train';

const TAGS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC'];
const t = TAGS.length;
const mask = legalMask(TAGS);

function pathScore(path: number[], emission: Float32Array, transitions: Float32Array): number {
  return path.reduce((sum, c, i) => sum + (emission[i * t + c] ?? 0) + (transitions[(i === 0 ? t : (path[i - 1] ?? 0)) * t + c] ?? 0), 0);
}

function legal(path: ArrayLike<number>): boolean {
  let prev = 'O';
  for (const c of Array.from(path)) {
    const tag = TAGS[c] ?? 'O';
    if (!allowedTransition(prev, tag)) return false;
    prev = tag;
  }
  return true;
}

function bruteForce(n: number, emission: Float32Array, transitions: Float32Array): number {
  let best = -Infinity;
  for (let code = 0; code < t ** n; code++) {
    const path = Array.from({ length: n }, (_, i) => Math.floor(code / t ** i) % t);
    if (legal(path)) best = Math.max(best, pathScore(path, emission, transitions));
  }
  return best;
}

describe('decoders', () => {
  const random = seededRandom(7);
  const lattice = (n: number) => ({
    emission: Float32Array.from({ length: n * t }, () => random() * 4 - 2),
    transitions: Float32Array.from({ length: (t + 1) * t }, () => random() * 4 - 2),
  });

  it('viterbi finds the best legal path (checked by brute force)', () => {
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 4);
      const { emission, transitions } = lattice(n);
      const path = viterbi(emission, n, t, transitions, mask);
      expect(legal(path)).toBe(true);
      expect(pathScore(Array.from(path), emission, transitions)).toBeCloseTo(bruteForce(n, emission, transitions), 4);
    }
  });

  it('greedy stays legal and never beats viterbi', () => {
    for (let trial = 0; trial < 30; trial++) {
      const n = 1 + (trial % 5);
      const { emission, transitions } = lattice(n);
      const g = greedy(emission, n, t, transitions, mask);
      const v = viterbi(emission, n, t, transitions, mask);
      expect(legal(g)).toBe(true);
      expect(pathScore(Array.from(g), emission, transitions)).toBeLessThanOrEqual(pathScore(Array.from(v), emission, transitions) + 1e-6);
    }
  });

  it('never starts with I- even when its score is highest, and handles empty input', () => {
    const emission = Float32Array.from([0, 0, 9, 0, 0]);
    const transitions = new Float32Array((t + 1) * t);
    expect(TAGS[viterbi(emission, 1, t, transitions, mask)[0] ?? 0]).not.toBe('I-PER');
    expect(TAGS[greedy(emission, 1, t, transitions, mask)[0] ?? 0]).not.toBe('I-PER');
    expect(viterbi(new Float32Array(0), 0, t, transitions, mask).length).toBe(0);
  });
});
