// Chooses which line of a copy is the headline: the one with the most header evidence around it.
import { comparisonKey } from '../../text/normalize';
import type { HeaderLine } from './header-lines';

/** How many lines after a headline its byline, date and caption may come. */
const LOOK_AHEAD = 10;

/**
 * The index of the headline among `lines`, or null. A copy of a whole page starts with navigation, so the
 * first headline-shaped line is not enough: the headline is the one followed by a byline, a date, a caption
 * or its own repetition, and preceded by a kicker or a reading time. Ties go to the earliest line.
 */
export function chooseTitle(lines: readonly HeaderLine[]): number | null {
  let best: { index: number; score: number } | null = null;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (!isTitleCandidate(line)) continue;
    // Far down a long copy, teasers and related headlines carry dates and bylines too: the earlier wins ties.
    const score = titleScore(lines, index) - index * 0.003;
    if (!best || score > best.score) best = { index, score };
  }
  if (best && best.score >= 2) return best.index;
  // No header evidence anywhere: the first line is the title only if it is shaped like one.
  return lines[0] && isTitleCandidate(lines[0]) ? 0 : null;
}

export function isTitleCandidate(line: HeaderLine): boolean {
  // A line wholly in brackets is a credit or an aside ("(Bild: …)"), never the headline.
  return line.headline && line.words >= 3 && line.text.length <= 250 && !line.date && !line.caption &&
    !/^[([].*[)\]]$/.test(line.text) &&
    !line.explicitByline && !line.bylineLabel && line.minutes === null && line.byline === null;
}

function titleScore(lines: readonly HeaderLine[], index: number): number {
  const title = comparisonKey(lines[index]!.text);
  let score = lines[index]!.words >= 5 ? 1 : 0;
  const seen = new Set<string>();
  const credit = (what: string, points: number) => {
    if (seen.has(what)) return;
    seen.add(what);
    score += points;
  };
  let proseLines = 0;
  let firstEvidence: number | null = null;
  for (let next = index + 1; next < Math.min(lines.length, index + 1 + LOOK_AHEAD); next += 1) {
    const line = lines[next]!;
    if (line.chrome) continue;
    const before = score;
    if (comparisonKey(line.text) === title) credit('repeat', 2);
    else if (line.date || line.segments.some((segment) => segment.date)) credit('date', 2);
    else if (line.bylineLabel || line.explicitByline) credit('byline', 2);
    else if (line.byline && (line.byline.authors.length > 0 || line.byline.publisher)) credit('names', 1);
    else if (line.caption) credit('caption', 1);
    else if (line.minutes !== null) credit('minutes', 1);
    else if (line.prose && (proseLines += 1) >= 2) break; // the body has begun
    if (score > before) firstEvidence ??= next - index;
  }
  // Of two headline-like lines (an SEO title above the real one), the one nearer its byline and date wins.
  if (firstEvidence !== null) score -= 0.05 * firstEvidence;
  for (let previous = index - 1; previous >= Math.max(0, index - 3); previous -= 1) {
    const line = lines[previous]!;
    if (line.minutes !== null) credit('minutes', 1);
    else if (line.date) credit('date', 1);
    else if (line.label) credit('kicker', 0.5);
    else if (!line.chrome) break;
  }
  return score;
}
