// Where the card goes: beside its mark, below when it fits (else above), and always wholly inside the viewport.

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** The height the card must keep to (it scrolls inside) so that it does not cover its mark; null: any. */
  maxHeight: number | null;
}

/** Space kept between the mark and the card, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;
/** Below this much room beside the mark, a card covering the mark reads better than a sliver of a card. */
export const MIN_ROOM = 120;

function clamp(value: number, low: number, high: number): number {
  // A card larger than the room starts at the low edge: its top and start stay readable, the rest scrolls.
  return Math.max(low, Math.min(value, high));
}

/**
 * The card's top-left corner in viewport coordinates. Below the mark when it fits there, above when it fits
 * only there, else on the roomier side cut to that room (it scrolls); then moved (never past the top or start
 * edge) to lie within the margins.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, gap = GAP, margin = MARGIN): Placement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const room = side === 'below' ? roomBelow : roomAbove;
  const maxHeight = card.height > room && room >= MIN_ROOM ? Math.floor(room) : null;
  const height = maxHeight ?? card.height;
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;
  return {
    side,
    top: clamp(top, margin, viewport.height - margin - height),
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
    maxHeight,
  };
}

/**
 * The line box of a mark to sit beside: a mention wrapped over two lines has one rectangle per line, and the
 * one under the pointer (else the first) is the one the reader is looking at.
 */
export function anchorBox(rects: readonly Box[], fallback: Box, pointer: { x: number; y: number } | null): Box {
  if (pointer) {
    const under = rects.find((r) => pointer.x >= r.left && pointer.x <= r.right && pointer.y >= r.top && pointer.y <= r.bottom);
    if (under) return under;
  }
  return rects[0] ?? fallback;
}
