// The card beside its mark and wholly on screen: below when it fits, above near the bottom, clamped at the sides.
import { describe, expect, it } from 'vitest';
import { anchorBox, GAP, MARGIN, MIN_ROOM, placeCard, type Box } from '../../../content/card/position';

const VIEW = { width: 800, height: 600 };
const CARD = { width: 300, height: 200 };
const box = (left: number, top: number, width = 80, height = 18): Box => ({ left, top, right: left + width, bottom: top + height });

function onScreen(p: { top: number; left: number }, card = CARD, view = VIEW) {
  return p.left >= MARGIN && p.top >= MARGIN && p.left + card.width <= view.width - MARGIN && p.top + card.height <= view.height - MARGIN;
}

describe('placeCard', () => {
  it('puts the card just below the mark, aligned with its start', () => {
    const p = placeCard(box(100, 100), CARD, VIEW);
    expect(p).toEqual({ side: 'below', top: 118 + GAP, left: 100, maxHeight: null });
  });

  it('flips above a mark near the bottom of the window', () => {
    const p = placeCard(box(100, 520), CARD, VIEW);
    expect(p.side).toBe('above');
    expect(p.top + CARD.height).toBe(520 - GAP);
    expect(onScreen(p)).toBe(true);
  });

  it('moves left from a mark at the right edge, and right from one cut off at the left', () => {
    const right = placeCard(box(760, 100), CARD, VIEW);
    expect(right.left).toBe(VIEW.width - MARGIN - CARD.width);
    const left = placeCard(box(-40, 100), CARD, VIEW);
    expect(left.left).toBe(MARGIN);
    expect(onScreen(right) && onScreen(left)).toBe(true);
  });

  it('stays on screen for marks anywhere, even half out of the window', () => {
    for (let x = -100; x <= 900; x += 50) {
      for (let y = -50; y <= 650; y += 25) expect(onScreen(placeCard(box(x, y), CARD, VIEW)), `${x},${y}`).toBe(true);
    }
  });

  it('starts at the start edge, and within the room beside the mark, when the card is larger than the window', () => {
    const p = placeCard(box(100, 250), { width: 900, height: 700 }, VIEW);
    expect(p.left).toBe(MARGIN);
    expect(p.side).toBe('below');
    expect(p.top).toBe(268 + GAP);
    expect(p.top + p.maxHeight!).toBe(VIEW.height - MARGIN);
  });

  it('takes the roomier side when the card fits on neither, cut to that room so it never covers the mark', () => {
    const tall = { width: 100, height: 500 };
    const below = placeCard(box(10, 150), tall, VIEW);
    expect(below).toMatchObject({ side: 'below', top: 168 + GAP, maxHeight: VIEW.height - MARGIN - (168 + GAP) });
    const above = placeCard(box(10, 420), tall, VIEW);
    expect(above).toMatchObject({ side: 'above', top: MARGIN, maxHeight: 420 - GAP - MARGIN });
    expect(above.top + above.maxHeight!).toBeLessThanOrEqual(420 - GAP);
  });

  it('covers the mark rather than shrink to a sliver when a huge mark leaves no room on either side', () => {
    const p = placeCard({ left: 10, top: 60, right: 300, bottom: 540 }, CARD, VIEW);
    expect(MIN_ROOM).toBeGreaterThan(60);
    expect(p.maxHeight).toBeNull();
    expect(onScreen(p)).toBe(true);
  });
});

describe('anchorBox', () => {
  const lines = [box(600, 100, 150), box(0, 120, 60)];
  it('sits beside the line of a wrapped mark that the pointer is on, else the first', () => {
    expect(anchorBox(lines, box(0, 100, 750, 38), { x: 20, y: 130 })).toBe(lines[1]);
    expect(anchorBox(lines, box(0, 100, 750, 38), null)).toBe(lines[0]);
    const fallback = box(5, 5);
    expect(anchorBox([], fallback, { x: 1, y: 1 })).toBe(fallback);
  });
});
