// The scrapinghub article-extraction-benchmark body metric: word 4-gram multisets, per-page shares, mean P and R.

/** Word tokens as the benchmark finds them (Python's `\w+`), lower-cased as the corpus README specifies. */
export function wordTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/** All n-grams of the tokens as a multiset; a text shorter than n is one short shingle, an empty text none. */
export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = wordTokens(text);
  const counts = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n);
    if (shingle.length === 0) continue;
    const key = shingle.join('\u0001');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One page's tp/fp/fn as shares of their sum, so long pages weigh no more than short ones. */
export interface ShingleCounts {
  tp: number;
  fp: number;
  fn: number;
}

export function shingleMatch(gold: string, predicted: string, n = 4): ShingleCounts {
  const goldShingles = shingles(gold, n);
  const predictedShingles = shingles(predicted, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...goldShingles.keys(), ...predictedShingles.keys()])) {
    const goldCount = goldShingles.get(key) ?? 0;
    const predictedCount = predictedShingles.get(key) ?? 0;
    tp += Math.min(goldCount, predictedCount);
    fp += Math.max(0, predictedCount - goldCount);
    fn += Math.max(0, goldCount - predictedCount);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

export function pagePrecision({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function pageRecall({ tp, fp, fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

export function pageF1(counts: ShingleCounts): number {
  const p = pagePrecision(counts);
  const r = pageRecall(counts);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/**
 * Mean precision over pages with a prediction (tp+fp>0), mean recall over pages with gold text (tp+fn>0),
 * then F1 of the two means: exactly the benchmark's evaluate.py.
 */
export function aggregateShingles(pages: readonly ShingleCounts[]): { precision: number; recall: number; f1: number } {
  const precisions = pages.filter((c) => c.tp + c.fp > 0).map(pagePrecision);
  const recalls = pages.filter((c) => c.tp + c.fn > 0).map(pageRecall);
  const precision = mean(precisions);
  const recall = mean(recalls);
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((sum, v) => sum + v, 0) / values.length;
}
