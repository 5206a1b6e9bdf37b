// Averaged structured perceptron training over hashed features; pure, so tests can train a model in memory.
import { DECODERS, legalMask, type Decoder } from './decode';
import { extractFeatures, FEATURES_PER_TOKEN } from './features';
import { compactModel, type StoredModel } from './model';
import { TAG_INDEX, TAGS } from './tags';

export interface Sentence {
  tokens: string[];
  tags: string[];
  /** Document case hints (document.ts) from the rest of the sentence's document; none for a sentence on its own. */
  hints?: Uint8Array;
  /** What a first pass said about the sentence's words elsewhere in its document (document-labels.ts), for a two-pass model. */
  labels?: Uint8Array;
  /** Which document of its corpus the sentence is from; absent when each sentence stands alone (tweets). */
  doc?: number;
}

export interface TrainOptions {
  epochs?: number;
  bits?: number;
  seed?: number;
  /**
   * Train once per seed (each its own shuffling) and keep the average of the averaged weights; overrides `seed`.
   * Several seeds cost their training time each but ship one model of the same size, less dependent on one shuffle.
   */
  seeds?: number[];
  decoder?: Decoder;
  /** Quantisation levels for the largest weight; fewer levels prune more rows. */
  levels?: number;
  /** Whether the model is meant to tag documents twice, the second time with document-labels.ts evidence. */
  twoPass?: boolean;
  /** Called after each epoch with the share of training tokens tagged right during it. */
  onEpoch?: (epoch: number, tokenAccuracy: number) => void;
}

/** Mulberry32: a small seeded generator so training shuffles the same way every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

/** Trains on IOB2 sentences (unknown tags count as O) and returns the compact stored model. */
export function trainTagger(sentences: readonly Sentence[], options: TrainOptions = {}): StoredModel {
  const bits = options.bits ?? 20;
  const decoderName = options.decoder ?? 'viterbi';
  const data = sentences
    .filter((s) => s.tokens.length > 0)
    .map((s) => ({ features: extractFeatures(s.tokens, bits, s.hints, s.labels), gold: Int32Array.from(s.tags, (tag) => TAG_INDEX.get(tag) ?? 0) }));
  const seeds = options.seeds?.length ? options.seeds : [options.seed ?? 1];
  let sum: DenseWeights | null = null;
  for (const seed of seeds) {
    const one = trainDense(data, bits, seed, options);
    if (!sum) sum = one;
    else {
      for (let k = 0; k < sum.w.length; k++) sum.w[k] = (sum.w[k] as number) + (one.w[k] as number);
      for (let k = 0; k < sum.tw.length; k++) sum.tw[k] = (sum.tw[k] as number) + (one.tw[k] as number);
    }
  }
  const { w, tw } = sum as DenseWeights;
  if (seeds.length > 1) {
    for (let k = 0; k < w.length; k++) w[k] = (w[k] as number) / seeds.length;
    for (let k = 0; k < tw.length; k++) tw[k] = (tw[k] as number) / seeds.length;
  }
  return compactModel(w, tw, { bits, tags: [...TAGS], decoder: decoderName, levels: options.levels, twoPass: options.twoPass });
}

/** Averaged weights of one training run: (2^bits) × tags emission weights and (tags + 1) × tags transitions. */
interface DenseWeights {
  w: Float64Array;
  tw: Float64Array;
}

/** One averaged-perceptron run over the prepared sentences, shuffled by `seed`. */
function trainDense(data: readonly { features: Int32Array; gold: Int32Array }[], bits: number, seed: number, options: TrainOptions): DenseWeights {
  const epochs = options.epochs ?? 8;
  const decode = DECODERS[options.decoder ?? 'viterbi'];
  const t = TAGS.length;
  const mask = legalMask(TAGS);
  const size = (1 << bits) * t;
  const w = new Float64Array(size);
  const u = new Float64Array(size); // Σ step·update, for averaging
  const tw = new Float64Array((t + 1) * t);
  const tu = new Float64Array((t + 1) * t);
  const emission = (features: Int32Array, n: number) => {
    const scores = new Float32Array(n * t);
    for (let i = 0; i < n; i++) {
      for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
        const base = (features[k] ?? 0) * t;
        for (let c = 0; c < t; c++) scores[i * t + c] = (scores[i * t + c] ?? 0) + (w[base + c] ?? 0);
      }
    }
    return scores;
  };
  const random = seededRandom(seed);
  const order = data.map((_, index) => index);
  let step = 1;
  for (let epoch = 1; epoch <= epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    let right = 0;
    let total = 0;
    for (const index of order) {
      const { features, gold } = data[index] ?? { features: new Int32Array(0), gold: new Int32Array(0) };
      const n = gold.length;
      const guess = decode(emission(features, n), n, t, tw, mask);
      for (let i = 0; i < n; i++) {
        total++;
        const g = gold[i] ?? 0;
        const p = guess[i] ?? 0;
        const gPrev = i === 0 ? t : (gold[i - 1] ?? 0);
        const pPrev = i === 0 ? t : (guess[i - 1] ?? 0);
        if (g === p) right++;
        if (g !== p) {
          for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
            const base = (features[k] ?? 0) * t;
            w[base + g] = (w[base + g] ?? 0) + 1;
            u[base + g] = (u[base + g] ?? 0) + step;
            w[base + p] = (w[base + p] ?? 0) - 1;
            u[base + p] = (u[base + p] ?? 0) - step;
          }
        }
        if (g !== p || gPrev !== pPrev) {
          tw[gPrev * t + g] = (tw[gPrev * t + g] ?? 0) + 1;
          tu[gPrev * t + g] = (tu[gPrev * t + g] ?? 0) + step;
          tw[pPrev * t + p] = (tw[pPrev * t + p] ?? 0) - 1;
          tu[pPrev * t + p] = (tu[pPrev * t + p] ?? 0) - step;
        }
      }
      step++;
    }
    options.onEpoch?.(epoch, total ? right / total : 1);
  }
  for (let k = 0; k < size; k++) w[k] = (w[k] ?? 0) - (u[k] ?? 0) / step;
  for (let k = 0; k < tw.length; k++) tw[k] = (tw[k] ?? 0) - (tu[k] ?? 0) / step;
  return { w, tw };
}
