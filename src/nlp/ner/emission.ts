// Per-token tag scores of a sentence: the sum of the weight rows of each token's features, summed as integers and scaled once.
import { FEATURES_PER_TOKEN } from './features';
import type { LoadedModel } from './model';

/** Tag scores, n × tags, for the feature ids of n tokens (FEATURES_PER_TOKEN each). */
export function emissionScores(model: LoadedModel, features: Int32Array, n: number): Float32Array {
  return model.tags.length === 9 ? nineTagScores(model, features, n) : anyTagScores(model, features, n);
}

/**
 * The shipped tag set (O and B/I of PER, LOC, ORG, MISC): nine sums held in local variables, which the compiler keeps
 * in registers, instead of an array read and written per feature — scoring is about twice as fast that way.
 */
function nineTagScores(model: LoadedModel, features: Int32Array, n: number): Float32Array {
  const { weightsByFeature: w, scale } = model;
  const scores = new Float32Array(n * 9);
  for (let i = 0; i < n; i++) {
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0, s8 = 0; // prettier-ignore
    const end = (i + 1) * FEATURES_PER_TOKEN;
    for (let k = i * FEATURES_PER_TOKEN; k < end; k++) {
      const at = (features[k] as number) * 9;
      s0 += w[at] as number;
      s1 += w[at + 1] as number;
      s2 += w[at + 2] as number;
      s3 += w[at + 3] as number;
      s4 += w[at + 4] as number;
      s5 += w[at + 5] as number;
      s6 += w[at + 6] as number;
      s7 += w[at + 7] as number;
      s8 += w[at + 8] as number;
    }
    const at = i * 9;
    scores[at] = s0 * scale;
    scores[at + 1] = s1 * scale;
    scores[at + 2] = s2 * scale;
    scores[at + 3] = s3 * scale;
    scores[at + 4] = s4 * scale;
    scores[at + 5] = s5 * scale;
    scores[at + 6] = s6 * scale;
    scores[at + 7] = s7 * scale;
    scores[at + 8] = s8 * scale;
  }
  return scores;
}

/** Any other tag set (models trained with other tags, hand-made test models). */
function anyTagScores(model: LoadedModel, features: Int32Array, n: number): Float32Array {
  const t = model.tags.length;
  const { weightsByFeature: w, scale } = model;
  const scores = new Float32Array(n * t);
  const sums = new Int32Array(t);
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
      const from = (features[k] as number) * t;
      for (let c = 0; c < t; c++) sums[c] = (sums[c] as number) + (w[from + c] as number);
    }
    for (let c = 0; c < t; c++) scores[i * t + c] = (sums[c] as number) * scale;
  }
  return scores;
}
