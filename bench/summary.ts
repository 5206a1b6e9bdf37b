// Figures per set, split and tool, the speed comparison, and the threshold check: computed once, printed twice.
import type { SetName, Split } from './corpus/types';
import { computeFigures, type Figure, type FigureId } from './metrics/figures';
import type { PageResult } from './run-pages';
import { FIGURE_THRESHOLDS, MAX_TIME_RATIO, type FigureThreshold } from './thresholds';
import { TOOL_NAMES, type ToolName } from './tools/prediction';

export type SplitName = Split | 'all';
export const SPLITS: readonly SplitName[] = ['dev', 'held-out', 'all'];

export type FigureTable = Record<ToolName, Record<SplitName, Partial<Record<FigureId, Figure>>>>;

export interface SetSummary {
  set: SetName;
  pages: Record<SplitName, number>;
  unreadable: number;
  /** Pages whose gold says "no publication date" (htmldate): right when the tool returns none. */
  noDatePages: number;
  toolErrors: Partial<Record<ToolName, number>>;
  /** Distinct error messages per tool with their counts (no page names: HELD-OUT pages stay anonymous). */
  errorMessages: Partial<Record<ToolName, Record<string, number>>>;
  /** Distinct notes per tool with their counts. */
  noteMessages: Partial<Record<ToolName, Record<string, number>>>;
  figures: FigureTable;
}

export function summariseSet(set: SetName, results: readonly PageResult[]): SetSummary {
  const readable = results.filter((r) => !r.unreadable);
  const inSplit = (split: SplitName) => readable.filter((r) => split === 'all' || r.page.split === split);
  const figures = {} as FigureTable;
  for (const tool of TOOL_NAMES) {
    figures[tool] = { dev: {}, 'held-out': {}, all: {} };
    for (const split of SPLITS) {
      const scores = inSplit(split).flatMap((r) => (r.scores[tool] ? [r.scores[tool]] : []));
      figures[tool][split] = computeFigures(scores);
    }
  }
  const toolErrors: Partial<Record<ToolName, number>> = {};
  const errorMessages: Partial<Record<ToolName, Record<string, number>>> = {};
  const noteMessages: Partial<Record<ToolName, Record<string, number>>> = {};
  for (const tool of TOOL_NAMES) {
    const errors = countMessages(readable.map((r) => r.errors[tool]));
    if (errors) {
      errorMessages[tool] = errors;
      toolErrors[tool] = Object.values(errors).reduce((a, b) => a + b, 0);
    }
    const notes = countMessages(readable.map((r) => r.notes[tool]));
    if (notes) noteMessages[tool] = notes;
  }
  return {
    set,
    pages: { dev: inSplit('dev').length, 'held-out': inSplit('held-out').length, all: readable.length },
    unreadable: results.length - readable.length,
    noDatePages: readable.filter((r) => r.page.gold.day === null).length,
    toolErrors,
    errorMessages,
    noteMessages,
    figures,
  };
}

function countMessages(messages: readonly (string | undefined)[]): Record<string, number> | null {
  const counts: Record<string, number> = {};
  for (const message of messages) if (message) counts[message] = (counts[message] ?? 0) + 1;
  return Object.keys(counts).length > 0 ? counts : null;
}

export interface SpeedSummary {
  pages: number;
  ours: { median: number; mean: number };
  readability: { median: number; mean: number };
  /** Ours / Readability, of the means and of the medians. */
  meanRatio: number;
  medianRatio: number;
  /** Readability .parse() on jsdom, as timed when its answers were computed (possibly in an earlier run). */
  readabilityJsdom: { pages: number; median: number; mean: number } | null;
}

/** Only pages on which both tools ran, so the two columns time the same pages. */
export function summariseSpeed(results: readonly PageResult[]): SpeedSummary | null {
  const timed = results.filter((r) => r.ms.ours !== undefined && r.ms.readability !== undefined);
  if (timed.length === 0) return null;
  const ours = stats(timed.map((r) => r.ms.ours as number));
  const readability = stats(timed.map((r) => r.ms.readability as number));
  const jsdomTimes = results.flatMap((r) => (r.ms.readabilityJsdom !== undefined ? [r.ms.readabilityJsdom] : []));
  return {
    pages: timed.length,
    ours,
    readability,
    meanRatio: ours.mean / readability.mean,
    medianRatio: ours.median / readability.median,
    readabilityJsdom: jsdomTimes.length > 0 ? { pages: jsdomTimes.length, ...stats(jsdomTimes) } : null,
  };
}

function stats(values: number[]): { median: number; mean: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, mean: values.reduce((a, b) => a + b, 0) / values.length };
}

export interface CheckLine {
  label: string;
  value: number | undefined;
  target: string;
  met: boolean | null;
}

/** Every threshold against our ALL figure of the sets that ran; null "met" = not measured in this run. */
export function checkThresholds(
  summaries: readonly SetSummary[],
  speed: SpeedSummary | null,
  thresholds: readonly FigureThreshold[] = FIGURE_THRESHOLDS,
  maxTimeRatio: number = MAX_TIME_RATIO,
): CheckLine[] {
  const lines: CheckLine[] = thresholds.map((threshold) => {
    const summary = summaries.find((s) => s.set === threshold.set);
    const value = summary?.figures.ours.all[threshold.figure]?.value;
    return {
      label: `${threshold.set} ${threshold.figure}`,
      value,
      target: `≥ ${threshold.min.toFixed(2)}`,
      met: value === undefined ? null : value >= threshold.min,
    };
  });
  lines.push({
    label: 'time ours / Readability (means)',
    value: speed?.meanRatio,
    target: `≤ ${maxTimeRatio.toFixed(2)}`,
    met: speed ? speed.meanRatio <= maxTimeRatio : null,
  });
  return lines;
}

