// Exact-span scoring of predicted against gold tags: per-type counts, micro F1 and the confusion of types.
import { entitySpans } from '../../src/nlp/ner/tags';

/** Types scored; MISC is tagged but never scored (the corpora disagree on it). */
export const SCORED_TYPES = ['PER', 'LOC', 'ORG'] as const;

export interface Counts {
  tp: number;
  predicted: number;
  gold: number;
}

export interface Score {
  byType: Record<string, Counts>;
  /** gold type → predicted type → count, over spans whose boundaries match exactly (O when unmatched). */
  confusion: Record<string, Record<string, number>>;
}

export function emptyScore(): Score {
  return { byType: Object.fromEntries(SCORED_TYPES.map((type) => [type, { tp: 0, predicted: 0, gold: 0 }])), confusion: {} };
}

/** Adds one sentence's spans to the running score. */
export function scoreSentence(score: Score, gold: readonly string[], predicted: readonly string[]): void {
  const scored = new Set<string>(SCORED_TYPES);
  const goldSpans = entitySpans(gold);
  const predSpans = entitySpans(predicted);
  const predByRange = new Map(predSpans.map(([s, e, t]) => [`${s}:${e}`, t]));
  const goldByRange = new Map(goldSpans.map(([s, e, t]) => [`${s}:${e}`, t]));
  for (const [s, e, type] of goldSpans) {
    const guess = predByRange.get(`${s}:${e}`) ?? 'O';
    const row = (score.confusion[type] ??= {});
    row[guess] = (row[guess] ?? 0) + 1;
    if (!scored.has(type)) continue;
    const counts = score.byType[type];
    if (!counts) continue;
    counts.gold++;
    if (guess === type) counts.tp++;
  }
  for (const [s, e, type] of predSpans) {
    if (!goldByRange.has(`${s}:${e}`)) {
      const row = (score.confusion.O ??= {});
      row[type] = (row[type] ?? 0) + 1;
    }
    const counts = score.byType[type];
    if (counts && scored.has(type)) counts.predicted++;
  }
}

export function prf(c: Counts): { p: number; r: number; f: number } {
  const p = c.predicted ? c.tp / c.predicted : 0;
  const r = c.gold ? c.tp / c.gold : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

/** Micro-averaged counts over the scored types. */
export function microCounts(score: Score): Counts {
  const all = { tp: 0, predicted: 0, gold: 0 };
  for (const c of Object.values(score.byType)) {
    all.tp += c.tp;
    all.predicted += c.predicted;
    all.gold += c.gold;
  }
  return all;
}
