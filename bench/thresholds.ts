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
