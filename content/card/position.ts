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
}

/** Space kept between the mark and the card, and between the card and the viewport's edges. */
export const GAP = 6;
export const MARGIN = 8;

function clamp(value: number, low: number, high: number): number {
  // A card larger than the room starts at the low edge: its top and start stay readable, the rest scrolls.
  return Math.max(low, Math.min(value, high));
}

/**
 * The card's top-left corner in viewport coordinates. Below the mark when it fits there, above when it fits
 * only there, else on the roomier side; then moved (never past the top or start edge) to lie within the margins.
 */
export function placeCard(anchor: Box, card: Size, viewport: Size, gap = GAP, margin = MARGIN): Placement {
  const roomBelow = viewport.height - margin - (anchor.bottom + gap);
  const roomAbove = anchor.top - gap - margin;
  const side = card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove) ? 'below' : 'above';
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - card.height;
  return {
    side,
    top: clamp(top, margin, viewport.height - margin - card.height),
    left: clamp(anchor.left, margin, viewport.width - margin - card.width),
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
