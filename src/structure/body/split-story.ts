// Stories split into several same-named boxes (one per section, ads between them): finds the other boxes.
import { classNameOf } from '../class-name';
import type { ElementStats } from './measure';
import { BOILERPLATE_NAMES, nameParts } from './vocabulary';

/** How far up the split may be: each box may sit in its own wrapper (box > row > column > wrapper). */
const MAX_LEVELS = 4;
/** A box must hold this much prose to count as a part of the story. */
const MIN_PART_PROSE = 80;

/**
 * The boxes of the story when it is split: elements named like `top` (same tag, same class words),
 * at the same depth below a common ancestor at most MAX_LEVELS up, holding prose; in document order.
 * Null when `top` has no such cousins beyond its own siblings (those are joined elsewhere).
 */
export function storyParts(top: Element, body: Element, stats: Map<Element, ElementStats>): Element[] | null {
  const signature = signatureOf(top);
  if (signature === null) return null;
  let ancestor = top.parentElement;
  for (let level = 1; ancestor && ancestor !== body && level <= MAX_LEVELS; level += 1, ancestor = ancestor.parentElement) {
    const parts: Element[] = [];
    collectAtDepth(ancestor, level, signature, stats, parts);
    if (parts.length < 2 || !parts.includes(top)) continue;
    // Siblings of the top are the sibling join's business; here only a split one level up or more counts.
    if (level === 1) return null;
    // Boxes each under a headline of their own are separate posts of a listing, not one story's parts.
    if (parts.some((part) => hasOwnHeadline(part, ancestor as Element))) return null;
    return parts.sort((a, b) => (stats.get(a)?.order ?? 0) - (stats.get(b)?.order ?? 0));
  }
  return null;
}

/** Tag and class words without numbers (ids and generated suffixes differ between the boxes). */
function signatureOf(el: Element): string | null {
  const words = classNameOf(el)
    .split(/\s+/)
    .filter((word) => word !== '' && !/\d/.test(word));
  return words.length === 0 ? null : `${el.localName} ${words.join(' ')}`;
}

function collectAtDepth(el: Element, depth: number, signature: string, stats: Map<Element, ElementStats>, out: Element[]): void {
  for (const child of Array.from(el.children)) {
    const st = stats.get(child);
    if (!st || st.prose < MIN_PART_PROSE) continue;
    if (depth > 1) {
      // Boxes inside a related list, a sidebar or a comment thread are not the story's parts.
      const names = nameParts(child);
      if (names !== '' && BOILERPLATE_NAMES.test(names)) continue;
      collectAtDepth(child, depth - 1, signature, stats, out);
    } else if (signatureOf(child) === signature && st.link < st.text * 0.3) {
      out.push(child);
    }
  }
}

/** True when the wrapper holding `part` (the child of `ancestor` it is in) has a headline outside `part`. */
function hasOwnHeadline(part: Element, ancestor: Element): boolean {
  let slot = part;
  while (slot.parentElement && slot.parentElement !== ancestor) slot = slot.parentElement;
  if (slot === part) return false;
  for (const heading of Array.from(slot.querySelectorAll('h1, h2, h3'))) if (!part.contains(heading)) return true;
  return false;
}
