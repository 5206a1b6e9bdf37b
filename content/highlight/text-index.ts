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
  /** Per character: the index into `nodes`, or -1 for the space standing for a block boundary or a <br>. */
  readonly nodeOf: Int32Array;
  /** Per character: the offset in that node's data (for a collapsed run, of its first whitespace character). */
  readonly offsetOf: Int32Array;
  /** The text nodes read, in document order. */
  readonly nodes: readonly Text[];
  /** Per node: a Markable value. */
  readonly markable: Uint8Array;
}

// Elements whose text is page text that must stay untouched: typing, editing, code.
const FROZEN_TAGS = new Set(['code', 'pre', 'kbd', 'samp', 'textarea', 'input', 'select', 'option', 'button', 'script', 'style']);

/** The characters cleanText deletes outright. */
function isDropped(code: number): boolean {
  return (code >= 0x200b && code <= 0x200d) || code === 0xfeff || code === 0xad;
}

/** The characters cleanText collapses into one space: JavaScript's \s plus the extra spaces it lists. */
export function isSpace(code: number): boolean {
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0) return true;
  if (code < 0x1680) return false;
  return code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
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

class IndexBuilder {
  private codes = new Uint16Array(4096);
  private nodeOf = new Int32Array(4096);
  private offsetOf = new Int32Array(4096);
  private length = 0;
  private lastSpace = true;
  private readonly nodes: Text[] = [];
  private markable: number[] = [];

  addText(node: Text, state: Markable): void {
    const data = node.data;
    const index = this.nodes.length;
    this.nodes.push(node);
    this.markable.push(state);
    this.reserve(data.length);
    for (let i = 0; i < data.length; i++) {
      const code = data.charCodeAt(i);
      if (isDropped(code)) continue;
      if (isSpace(code)) {
        if (this.lastSpace) continue;
        this.push(0x20, index, i);
        this.lastSpace = true;
      } else {
        this.push(code, index, i);
        this.lastSpace = false;
      }
    }
  }

  addBoundary(): void {
    if (this.lastSpace) return;
    this.reserve(1);
    this.push(0x20, -1, 0);
    this.lastSpace = true;
  }

  finish(): TextIndex {
    let text = '';
    // fromCharCode takes the codes as arguments: in slices, so a large page cannot overflow the stack.
    for (let i = 0; i < this.length; i += 8192) text += String.fromCharCode(...this.codes.subarray(i, Math.min(this.length, i + 8192)));
    return {
      text,
      nodeOf: this.nodeOf.subarray(0, this.length),
      offsetOf: this.offsetOf.subarray(0, this.length),
      nodes: this.nodes,
      markable: Uint8Array.from(this.markable),
    };
  }

  private push(code: number, node: number, offset: number): void {
    this.codes[this.length] = code;
    this.nodeOf[this.length] = node;
    this.offsetOf[this.length] = offset;
    this.length++;
  }

  private reserve(extra: number): void {
    const needed = this.length + extra;
    if (needed <= this.codes.length) return;
    const size = Math.max(needed, this.codes.length * 2);
    const codes = new Uint16Array(size);
    codes.set(this.codes.subarray(0, this.length));
    const nodeOf = new Int32Array(size);
    nodeOf.set(this.nodeOf.subarray(0, this.length));
    const offsetOf = new Int32Array(size);
    offsetOf.set(this.offsetOf.subarray(0, this.length));
    this.codes = codes;
    this.nodeOf = nodeOf;
    this.offsetOf = offsetOf;
  }
}
