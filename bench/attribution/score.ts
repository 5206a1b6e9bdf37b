// The attribution metric: content overlap (more than half of the shorter span), greedy one-to-one, and speaker agreement.
import type { GoldAttribution, Range } from './brat-reader';

/** One predicted attribution in file offsets, from our extractor or the baseline. */
export interface PredictedAttribution {
  content: Range[];
  /** Where the text names the speaker (speakerText, or a mention of the resolved entity). */
  speakerRanges: Range[];
  /** The resolved speaker's name and aliases; right when one of them occurs in the gold Source words. */
  speakerNames: string[];
}

export interface Counts { tp: number; predicted: number; gold: number }
export interface AttributionCounts { content: Counts; speaker: Counts }

const length = (ranges: readonly Range[]) => ranges.reduce((sum, r) => sum + Math.max(0, r.end - r.start), 0);

function intersection(a: readonly Range[], b: readonly Range[]): number {
  let total = 0;
  for (const x of a) for (const y of b) total += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return total;
}

/** Overlap as a share of the shorter span; a match needs more than 0.5. */
export function overlapShare(a: readonly Range[], b: readonly Range[]): number {
  const shorter = Math.min(length(a), length(b));
  return shorter > 0 ? intersection(a, b) / shorter : 0;
}

/**
 * The speaker is right when the gold Source words name it: a predicted speaker range overlaps the gold Source, or
 * the resolved entity's name or an alias occurs as whole words in the Source text. A gold attribution without a
 * Source is right only when the prediction names no speaker either.
 */
export function speakerAgrees(predicted: PredictedAttribution, gold: GoldAttribution): boolean {
  if (gold.source.length === 0) return predicted.speakerRanges.length === 0 && predicted.speakerNames.length === 0;
  if (intersection(predicted.speakerRanges, gold.source) > 0) return true;
  const source = ` ${gold.sourceText.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  return predicted.speakerNames.some((name) => {
    const words = name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    return words.length > 0 && source.includes(` ${words} `);
  });
}

/** Greedy one-to-one matching by overlap share (largest first) for one document. */
export function scoreDocument(predicted: readonly PredictedAttribution[], gold: readonly GoldAttribution[]): AttributionCounts {
  const pairs: { p: number; g: number; share: number }[] = [];
  predicted.forEach((prediction, p) => {
    gold.forEach((attribution, g) => {
      const share = overlapShare(prediction.content, attribution.content);
      if (share > 0.5) pairs.push({ p, g, share });
    });
  });
  pairs.sort((a, b) => b.share - a.share || a.p - b.p || a.g - b.g);
  const usedP = new Set<number>();
  const usedG = new Set<number>();
  let contentTp = 0;
  let speakerTp = 0;
  for (const { p, g } of pairs) {
    if (usedP.has(p) || usedG.has(g)) continue;
    usedP.add(p);
    usedG.add(g);
    contentTp += 1;
    if (speakerAgrees(predicted[p] as PredictedAttribution, gold[g] as GoldAttribution)) speakerTp += 1;
  }
  return {
    content: { tp: contentTp, predicted: predicted.length, gold: gold.length },
    speaker: { tp: speakerTp, predicted: predicted.length, gold: gold.length },
  };
}

export function addCounts(into: AttributionCounts, more: AttributionCounts): void {
  for (const key of ['content', 'speaker'] as const) {
    into[key].tp += more[key].tp;
    into[key].predicted += more[key].predicted;
    into[key].gold += more[key].gold;
  }
}

export function emptyCounts(): AttributionCounts {
  return { content: { tp: 0, predicted: 0, gold: 0 }, speaker: { tp: 0, predicted: 0, gold: 0 } };
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}
