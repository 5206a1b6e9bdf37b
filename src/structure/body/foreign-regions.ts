// Root candidates inside author boxes, comment threads and related lists are passed over for the story itself.
import type { ElementStats } from './measure';
import { nameParts } from './vocabulary';

/** Regions whose text is never the story, however much prose they hold. */
const FOREIGN_REGION_NAMES =
  / (author ?(bio|box|info|card|description|about)|about ?(the )?author|comments?|comment ?(list|section|area)|kommentare?|commentaires|comentarios|commenti|komentarze|disqus|respond|replies|related|recommended|outbrain|taboola) /;

/**
 * The best-scored candidate, looking again outside the region when the best sits in an author box, a comment
 * thread or a related list (Readability drops such regions before scoring), unless nothing of weight is left
 * outside it (a wrapper named "comments-enabled" around the whole story). Drops the passed-over candidates
 * from `scores`.
 */
export function bestOutsideForeignRegions(
  scores: Map<Element, number>,
  stats: Map<Element, ElementStats>,
  body: Element,
): { top: Element | null; topScore: number } {
  let best = bestCandidate(scores);
  for (let tries = 0; best.top && tries < 3; tries += 1) {
    const region = foreignRegionAround(best.top, body);
    if (!region) break;
    const outside = new Map([...scores].filter(([el]) => !region.contains(el)));
    const next = bestCandidate(outside);
    if (!next.top || (stats.get(next.top)?.prose ?? 0) < (stats.get(region)?.prose ?? 0) * 0.3) break;
    for (const el of [...scores.keys()]) if (region.contains(el)) scores.delete(el);
    best = next;
  }
  return best;
}

function bestCandidate(scores: Map<Element, number>): { top: Element | null; topScore: number } {
  let top: Element | null = null;
  let topScore = -Infinity;
  for (const [el, score] of scores) {
    if (score > topScore) {
      topScore = score;
      top = el;
    }
  }
  return { top, topScore };
}

/** The ancestor of `el` (below <body>) named as an author box, comment thread or related list, if any. */
function foreignRegionAround(el: Element, body: Element): Element | null {
  let found: Element | null = null;
  for (let node: Element | null = el; node && node !== body; node = node.parentElement) {
    const names = nameParts(node);
    if (names !== '' && FOREIGN_REGION_NAMES.test(names)) found = node;
  }
  return found;
}

