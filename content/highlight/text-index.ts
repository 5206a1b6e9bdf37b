// The page's text as src/structure reads it (whitespace collapsed, skipped elements left out), with every character mapped back to its text node.
import { INLINE_TAGS, isHidden, UNREAD_TAGS } from '../../src/structure/body/measure';
import { isOwnElement } from './own-elements';

/** Whether a text node may be wrapped: never in form fields, editable regions, code, or our own elements. */
export const enum Markable {
  No = 0,
  Yes = 1,
  /** Inside one of our own marks: not marked again, but a flash may wrap it. */
  InsideOwn = 2,
}

export interface TextIndex {
  /** The text, normalised as cleanText does (one space per whitespace run, zero-width characters dropped). */
  readonly text: string;
  /** The index into `nodes` of the character at `at`, or -1 for a space standing for a block edge or a <br>. */
  nodeAt(at: number): number;
  /** The offset in that node's data (for a collapsed whitespace run, of its first character). */
  offsetAt(at: number): number;
  /** The text nodes read, in document order. */
  readonly nodes: readonly Text[];
  /** Per node: a Markable value. */
  readonly markable: Uint8Array;
}

// Elements whose text is page text that must stay untouched: typing, editing, code.
const FROZEN_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'textarea', 'input', 'select', 'option', 'button', 'script', 'style']);

/**
 * What cleanText changes: a zero-width character or soft hyphen (deleted), a whitespace character other than the
 * plain space, or a run of two or more whitespace characters (collapsed). Plain single spaces are kept as they are,
 * so ordinary prose goes through in long literal runs instead of character by character.
 */
const CHANGED = /[\u200B-\u200D\uFEFF\u00AD]+|[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]{2,}|[\t\n\v\f\r\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]/g;

/** The characters cleanText collapses into one space: JavaScript's \s plus the extra spaces it lists. */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Builds the index over the document's body. Reads only; never writes to the page. */
export function buildTextIndex(doc: Document): TextIndex {
  const root = doc.body ?? doc.documentElement;
  const builder = new IndexBuilder();
  if (!root) return builder.finish();
  const editableDocument = doc.designMode === 'on';

  // Iterative walk with explicit enter and leave, so deeply nested pages cannot overflow the stack.
  const frozen: boolean[] = [editableDocument];
  const own: boolean[] = [false];
  let node: Node | null = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      const state = frozen[frozen.length - 1] ? Markable.No : own[own.length - 1] ? Markable.InsideOwn : Markable.Yes;
      builder.addText(node as Text, state);
    } else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.localName;
      if (tag === 'br') builder.addBoundary();
      else if (!UNREAD_TAGS.has(tag) && !isHidden(el) && !isOwnUi(el)) {
        if (!INLINE_TAGS.has(tag)) builder.addBoundary();
        if (el.firstChild) {
          frozen.push(frozen[frozen.length - 1]! || isFrozen(el));
          own.push(own[own.length - 1]! || isOwnElement(el));
          descend = true;
        } else if (!INLINE_TAGS.has(tag)) builder.addBoundary();
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Climb until there is a next sibling, leaving each element on the way.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) {
        node = null;
        break;
      }
      frozen.pop();
      own.pop();
      if (!INLINE_TAGS.has((node as Element).localName)) builder.addBoundary();
    }
    node = node && node !== root ? node.nextSibling : null;
  }
  return builder.finish();
}

function isFrozen(el: Element): boolean {
  if (FROZEN_TAGS.has(el.localName)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable.toLowerCase() !== 'false';
}

/** Our hover card and style elements hold no page text; marks and flashes do, so they are read. */
function isOwnUi(el: Element): boolean {
  return isOwnElement(el) && el.localName !== 'newslens-mark' && el.localName !== 'newslens-flash';
}

/**
 * The index keeps segments, not a table per character: each segment is a stretch of the text that maps onto one
 * node's data one to one (or a single space standing for a boundary), found again by binary search.
 */
class IndexBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  private lastSpace = true;
  private readonly nodes: Text[] = [];
  private readonly markable: number[] = [];
  private readonly segStart: number[] = [];
  private readonly segNode: number[] = [];
  private readonly segOffset: number[] = [];

  addText(node: Text, state: Markable): void {
    const data = node.data;
    const index = this.nodes.length;
    this.nodes.push(node);
    this.markable.push(state);
    CHANGED.lastIndex = 0;
    let from = 0;
    for (let match = CHANGED.exec(data); match; match = CHANGED.exec(data)) {
      this.literal(data, index, from, match.index);
      if (!isDropped(match[0].charCodeAt(0))) this.space(index, match.index);
      from = match.index + match[0].length;
    }
    this.literal(data, index, from, data.length);
  }

  addBoundary(): void {
    this.space(-1, 0);
  }

  finish(): TextIndex {
    const starts = Int32Array.from(this.segStart);
    const nodeOf = Int32Array.from(this.segNode);
    const offsetOf = Int32Array.from(this.segOffset);
    const segmentAt = (at: number): number => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    return {
      text: this.parts.join(''),
      nodeAt: (at) => nodeOf[segmentAt(at)] ?? -1,
      offsetAt: (at) => {
        const segment = segmentAt(at);
        return offsetOf[segment]! + (at - starts[segment]!);
      },
      nodes: this.nodes,
      markable: Uint8Array.from(this.markable),
    };
  }

  /** Plain text of a node, [from, to), whose only whitespace is single spaces. */
  private literal(data: string, node: number, from: number, to: number): void {
    // A single space right after another (across a node edge, or beside a deleted character) collapses.
    if (from < to && this.lastSpace && data.charCodeAt(from) === 0x20) from++;
    if (from >= to) return;
    this.segStart.push(this.length);
    this.segNode.push(node);
    this.segOffset.push(from);
    this.parts.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
    this.lastSpace = data.charCodeAt(to - 1) === 0x20;
  }

  private space(node: number, offset: number): void {
    if (this.lastSpace) return;
    this.segStart.push(this.length);
    this.segNode.push(node);
    this.segOffset.push(offset);
    this.parts.push(' ');
    this.length += 1;
    this.lastSpace = true;
  }
}

/** The characters cleanText deletes outright. */
function isDropped(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0xad;
}
