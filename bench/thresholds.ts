// The targets (issue 2, section 4): the one place CI thresholds live. Do not lower them to pass.
import type { SetName } from './corpus/types';
import type { FigureId } from './metrics/figures';

export interface FigureThreshold {
  set: SetName;
  figure: FigureId;
  /** The figure must be at least this. */
  min: number;
}

export const FIGURE_THRESHOLDS: readonly FigureThreshold[] = [
  { set: 'fundus', figure: 'title', min: 0.9 },
  { set: 'fundus', figure: 'author', min: 0.9 },
  { set: 'fundus', figure: 'day', min: 0.97 },
  { set: 'fundus', figure: 'body', min: 0.93 },
  { set: 'aeb', figure: 'body', min: 0.96 },
  { set: 'htmldate', figure: 'day', min: 0.85 },
  { set: 'trafilatura', figure: 'snippet', min: 0.93 },
];

/** Our mean structure time per page must be at most this fraction of Readability's .parse() on the same pages. */
export const MAX_TIME_RATIO = 0.5;

export function thresholdFor(set: SetName, figure: FigureId): FigureThreshold | undefined {
  return FIGURE_THRESHOLDS.find((t) => t.set === set && t.figure === figure);
}

/**
 * CI's regression floors on the `--quick` subset (a fixed 36 pages per set, so the accuracy figures are
 * deterministic): what the code reached there when they were last raised, rounded down. They are not the
 * targets and never stand in for them: while a target above is open they stop a change from making the
 * extractor worse. Raise them when a figure improves; lowering one needs the reason in the commit.
 */
export const QUICK_FLOORS: readonly FigureThreshold[] = [
  { set: 'fundus', figure: 'title', min: 0.75 },
  { set: 'fundus', figure: 'author', min: 0.83 },
  { set: 'fundus', figure: 'day', min: 0.97 },
  { set: 'fundus', figure: 'body', min: 0.95 },
  { set: 'aeb', figure: 'body', min: 0.96 },
  { set: 'htmldate', figure: 'day', min: 0.83 },
  { set: 'trafilatura', figure: 'snippet', min: 0.93 },
];

/**
 * Timing 36 pages a set on a shared 2-core CI machine is noisy (0.46–0.48 seen on 2026-11-29, when the full
 * run measured 0.38): CI checks that we stay well under Readability; the 0.5 target is the full run's.
 */
export const QUICK_MAX_TIME_RATIO = 0.75;
