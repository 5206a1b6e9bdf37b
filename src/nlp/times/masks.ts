// Spans of names (entity mentions) inside which no time may be found: "May" the person, "March of Dimes".
import type { Span } from '../../analysis';

/** Masks grouped by block, so each candidate is checked against its own block's few spans. */
export type MaskIndex = Map<number, Span[]>;

export function indexMasks(masks: readonly Span[] | undefined): MaskIndex {
  const index: MaskIndex = new Map();
  for (const mask of masks ?? []) {
    if (!mask || !Number.isFinite(mask.start) || !Number.isFinite(mask.end) || mask.end <= mask.start) continue;
    const list = index.get(mask.block);
    if (list) list.push(mask);
    else index.set(mask.block, [mask]);
  }
  return index;
}

/** True when [start, end) in block `block` overlaps any mask there. */
export function isMasked(index: MaskIndex, block: number, start: number, end: number): boolean {
  const list = index.get(block);
  return list !== undefined && list.some((mask) => mask.start < end && start < mask.end);
}
