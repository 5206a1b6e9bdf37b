// The shipped model: hashed feature rows kept after pruning, int-quantised, and the in-memory form it loads into.

/** The JSON form written by training and shipped with the extension. */
export interface StoredModel {
  format: 'newslens-ner/1';
  bits: number;
  tags: string[];
  decoder: 'viterbi' | 'greedy';
  /** Multiply a stored integer by this to get the weight. */
  scale: number;
  /** Kept feature ids, ascending, each stored as the gap from the one before. */
  rows: number[];
  /** rows.length × tags.length integers, row-major. */
  weights: number[];
  /** (tags.length + 1) × tags.length integers: previous tag (last row: sentence start) → tag. */
  transitions: number[];
  /** Trained to tag a document twice, the second pass reading the first's labels elsewhere in it (document-labels.ts). */
  twoPass?: boolean;
}

/** The model ready to score: every feature id's weights as the stored signed bytes, with their scale. */
export interface LoadedModel {
  bits: number;
  tags: string[];
  decoder: 'viterbi' | 'greedy';
  /** Tag documents twice (StoredModel.twoPass); absent means one pass. */
  twoPass?: boolean;
  /**
   * (2^bits) × tags weights, each times `scale`, indexed by feature id; a feature the model dropped has a row of zeros.
   * Scoring reads a row per feature at random, so it is indexed straight by id (one memory read, not an id → row
   * lookup and then the row: about three times faster scoring for 9 MB instead of 6 MB) and kept as bytes (a quarter
   * of the size of floats, so rows stay in the processor's cache far more often).
   */
  weightsByFeature: Int8Array;
  scale: number;
  transitions: Float32Array;
}

/** Turns dense averaged weights into the stored form, dropping rows whose every weight rounds to zero. */
export function compactModel(
  dense: Float64Array,
  transitions: Float64Array,
  options: { bits: number; tags: string[]; decoder: 'viterbi' | 'greedy'; levels?: number; twoPass?: boolean },
): StoredModel {
  const t = options.tags.length;
  let maxAbs = 0;
  for (const w of dense) maxAbs = Math.max(maxAbs, Math.abs(w));
  for (const w of transitions) maxAbs = Math.max(maxAbs, Math.abs(w));
  const scale = maxAbs > 0 ? maxAbs / (options.levels ?? 127) : 1;
  const rows: number[] = [];
  const weights: number[] = [];
  let last = 0;
  for (let f = 0; f < dense.length / t; f++) {
    const q = Array.from(dense.subarray(f * t, (f + 1) * t), (w) => Math.round(w / scale) || 0);
    if (q.every((x) => x === 0)) continue;
    rows.push(f - last);
    last = f;
    weights.push(...q);
  }
  return {
    format: 'newslens-ner/1',
    bits: options.bits,
    tags: options.tags,
    decoder: options.decoder,
    scale,
    rows,
    weights,
    transitions: Array.from(transitions, (w) => Math.round(w / scale) || 0),
    ...(options.twoPass ? { twoPass: true } : {}),
  };
}

/** Expands the stored form for scoring; throws on a model whose shape does not add up. */
export function loadModel(stored: StoredModel): LoadedModel {
  const t = stored.tags.length;
  if (stored.weights.length !== stored.rows.length * t || stored.transitions.length !== (t + 1) * t) {
    throw new Error('newslens-ner: malformed model');
  }
  if (stored.weights.some((q) => q < -128 || q > 127 || !Number.isInteger(q))) throw new Error('newslens-ner: a weight does not fit a signed byte (train with --levels 127 or less)');
  const weightsByFeature = new Int8Array((1 << stored.bits) * t);
  let feature = 0;
  stored.rows.forEach((gap, row) => {
    feature += gap;
    if (feature >= 1 << stored.bits) throw new Error('newslens-ner: malformed model (row out of range)');
    for (let c = 0; c < t; c++) weightsByFeature[feature * t + c] = stored.weights[row * t + c] ?? 0;
  });
  const transitions = Float32Array.from(stored.transitions, (q) => q * stored.scale);
  return { bits: stored.bits, tags: stored.tags, decoder: stored.decoder, twoPass: stored.twoPass === true, weightsByFeature, scale: stored.scale, transitions };
}
