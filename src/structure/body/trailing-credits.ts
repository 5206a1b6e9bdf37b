// Wire credit lines just after the story's container ("SOURCE: Reuters" under the last paragraph).
import { cleanText } from '../../text/normalize';
import type { ElementStats } from './measure';
import { wireCreditLine } from './wire-lines';

const MAX_SIBLINGS = 4;
const MAX_LEVELS = 3;
const MAX_LINE = 160;

/** Agencies credited by the short lines that follow `last` (its next siblings, then its ancestors' next siblings). */
export function trailingWireCredits(last: Element, stats: Map<Element, ElementStats>): string[] {
  const found: string[] = [];
  let anchor: Element | null = last;
  for (let level = 0; anchor && level < MAX_LEVELS; level += 1, anchor = anchor.parentElement) {
    let sibling = anchor.nextElementSibling;
    for (let count = 0; sibling && count < MAX_SIBLINGS; count += 1, sibling = sibling.nextElementSibling) {
      const length = stats.get(sibling)?.text ?? 0;
      if (length === 0) {
        count -= 1;
        if (!stats.has(sibling)) continue;
      }
      if (length > MAX_LINE) break;
      const agencies = wireCreditLine(cleanText(sibling.textContent));
      if (agencies) found.push(...agencies);
    }
  }
  return found;
}
