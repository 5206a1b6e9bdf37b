// Wraps runs of page text in our elements by splitting and moving text nodes, and puts the page back exactly.
import { isOwnElement } from './own-elements';
import { isSpace, Markable, type TextIndex } from './text-index';

/** One text node's share of a mention: the characters [start, end) of `node`. */
export interface Piece {
  node: Text;
  /** The node's place in the index (document order), for writing pieces last-first. */
  order: number;
  start: number;
  end: number;
  /** The characters as planned, checked again before writing in case the page changed them meanwhile. */
  expected: string;
}

/**
 * The pieces of an index range, one per text node it touches, whitespace-only runs left out (a mention
 * across table cells must not wrap the cells' indentation). Null when the range cannot be wrapped: it
 * touches a form field, an editable region or code, or (unless `intoOwn`) one of our own marks.
 */
export function piecesOf(index: TextIndex, start: number, end: number, intoOwn = false): Piece[] | null {
  let first = start;
  while (first < end && index.nodeAt(first) < 0) first++;
  let last = end - 1;
  while (last >= first && index.nodeAt(last) < 0) last--;
  if (first > last) return null;
  const firstNode = index.nodeAt(first);
  const lastNode = index.nodeAt(last);
  const pieces: Piece[] = [];
  for (let i = firstNode; i <= lastNode; i++) {
    const node = index.nodes[i]!;
    const from = i === firstNode ? index.offsetAt(first) : 0;
    const to = i === lastNode ? index.offsetAt(last) + 1 : node.data.length;
    if (to <= from || isBlank(node.data, from, to)) continue;
    const state = index.markable[i];
    if (state === Markable.No || (state === Markable.InsideOwn && !intoOwn)) return null;
    pieces.push({ node, order: i, start: from, end: to, expected: node.data.slice(from, to) });
  }
  return pieces.length > 0 ? pieces : null;
}

function isBlank(data: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isSpace(data.charCodeAt(i))) return false;
  return true;
}

/**
 * Writes wrappers and remembers every split, so that `restore` can move the text back and join each split node
 * into the node it came from: the page keeps the very text nodes it had (scripts hold references to them).
 */
export class Wrapper {
  private readonly wrappers: Element[] = [];
  /** Each node that was split, with the nodes split off it. */
  private readonly splits = new Map<Text, Text[]>();
  /** Each node split off, with the page's node it came from. */
  private readonly origin = new Map<Text, Text>();

  get count(): number {
    return this.wrappers.length;
  }

  get elements(): readonly Element[] {
    return this.wrappers;
  }

  /**
   * Wraps one piece in `make()`. Pieces in the same node must come last-first: the page's node keeps the head
   * of every split, so the offsets of pieces before it stay right. Null when the page changed the text meanwhile.
   */
  wrap(piece: Piece, make: () => Element): Element | null {
    const { node, start, end } = piece;
    if (!node.isConnected || !node.parentNode || node.data.slice(start, end) !== piece.expected) return null;
    let target = node;
    if (end < node.data.length) this.remember(node, node.splitText(end));
    if (start > 0) {
      target = node.splitText(start);
      this.remember(node, target);
    }
    const wrapper = make();
    target.parentNode!.insertBefore(wrapper, target);
    wrapper.appendChild(target);
    this.wrappers.push(wrapper);
    return wrapper;
  }

  /** Moves every wrapped node back out and joins the split nodes into the page's own. Returns wrappers removed. */
  restore(): number {
    let removed = 0;
    for (const wrapper of this.wrappers) {
      const parent = wrapper.parentNode;
      // A page that deleted our element took its text with it; there is nothing left to put back.
      if (!parent) continue;
      while (wrapper.firstChild) parent.insertBefore(wrapper.firstChild, wrapper);
      wrapper.remove();
      removed++;
    }
    this.wrappers.length = 0;
    for (const [original, parts] of this.splits) {
      const split = new Set(parts);
      // After unwrapping, the parts follow their node in order, unless the page moved them. An element of ours
      // set between them (the hover card's host sits right after its mark) is stepped over.
      let next = original.nextSibling;
      while (next) {
        const after: ChildNode | null = next.nextSibling;
        if (split.has(next as Text)) {
          const data = (next as Text).data;
          next.parentNode!.removeChild(next);
          original.appendData(data);
        } else if (!(next.nodeType === 1 && isOwnElement(next as Element))) {
          break;
        }
        next = after;
      }
    }
    this.splits.clear();
    this.origin.clear();
    return removed;
  }

  private remember(node: Text, part: Text): void {
    const page = this.origin.get(node) ?? node;
    this.origin.set(part, page);
    const parts = this.splits.get(page);
    if (parts) parts.push(part);
    else this.splits.set(page, [part]);
  }
}
