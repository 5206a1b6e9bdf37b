// Each word's own share of its emission scores (the weights of features.ts WORD_SLOTS), summed once per distinct word.
import { MAX_WORD, wordFeatureIds } from './features';
import type { LoadedModel } from './model';

/** Distinct words kept before the cache starts afresh; a story has a few thousand, a 5 MB page cannot grow it unbounded. */
const LIMIT = 50_000;

/** Returns, for a word, one score per tag: the sum of its word-only feature rows. The array is shared: never write to it. */
export function createWordWeights(model: LoadedModel): (word: string) => Float32Array {
  const t = model.tags.length;
  const { rowOf, weights } = model;
  const cache = new Map<string, Float32Array>();
  return (word) => {
    const key = word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word;
    let sum = cache.get(key);
    if (sum) return sum;
    sum = new Float32Array(t);
    for (const id of wordFeatureIds(key, model.bits)) {
      const row = rowOf[id] ?? -1;
      if (row < 0) continue;
      for (let c = 0; c < t; c++) sum[c] = (sum[c] ?? 0) + (weights[row * t + c] ?? 0);
    }
    if (cache.size >= LIMIT) cache.clear();
    cache.set(key, sum);
    return sum;
  };
}
