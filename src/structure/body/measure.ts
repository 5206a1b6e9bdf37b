// One pass over the page that measures every element (text, link text, paragraph score) so later steps never re-read text.
import { classNameOf } from '../class-name';

/** What the single measuring pass knows about one element. */
export interface ElementStats {
  /** Characters of visible text inside (whitespace runs not counted). */
  text: number;
  /** Characters of that text inside links. */
  link: number;
  /** Readability-style content score gathered from paragraphs below. */
  score: number;
  /** Characters of paragraph text below that looks like prose (long enough, few links). */
  prose: number;
  /** Text characters directly inside, not in a block-level child: a div that is really a paragraph. */
  inline: number;
  /** Position in document order (pre-order), since compareDocumentPosition is unreliable in some DOMs. */
  order: number;
}

/** Elements whose text is never page prose. */
export const UNREAD_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'title', 'meta', 'link', 'select', 'option',
  'textarea', 'button', 'canvas', 'video', 'audio', 'map', 'dialog',
]);

/** Elements that flow inside a line of text; anything else starts a new block. */
export const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'img', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'label', 'strike', 'tt', 'big', 'nobr',
]);

const PARAGRAPH_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
/** Deepest element measured (and walked); real pages stay far below it. */
export const MAX_DEPTH = 400;
const UNSCORED_TAGS = new Set(['li', 'dd', 'dt', 'ul', 'ol', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'th', 'label', 'option', 'body']);
/** Shortest paragraph that counts as prose when scoring (Readability's threshold). */
const MIN_PARAGRAPH = 25;

export interface Measured {
  stats: Map<Element, ElementStats>;
  /** Every scored paragraph-like element (children before the elements holding them). */
  paragraphs: Element[];
  /** Elements whose class/id hints at a related-stories list, and h2–h6 headings (possible list labels). */
  relatedHints: Element[];
  headings: Element[];
  /** Every h1, in document order. */
  h1s: Element[];
  /** JSON-LD scripts met inside <body>. */
  jsonLdScripts: Element[];
}

// A cheap look at the raw class/id; the word-level check happens later on the few that pass.
const RELATED_HINT = /relat|recomm|recirc|more|explore|read|also|further|weitere|mehr/i;
const HEADING_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** Measures the subtree of `root` bottom-up in one walk; `weight` lets callers favour paragraphs (JSON-LD match). */
export function measureTree(roots: Element[], weight?: (el: Element, length: number) => number): Measured {
  const stats = new Map<Element, ElementStats>();
  const paragraphs: Element[] = [];
  const relatedHints: Element[] = [];
  const headings: Element[] = [];
  const h1s: Element[] = [];
  const jsonLdScripts: Element[] = [];

  const visit = (el: Element, inLink: boolean, depth: number): ElementStats => {
    const own: ElementStats = { text: 0, link: 0, score: 0, prose: 0, inline: 0, order: (counter += 1) };
    const tag = el.localName;
    const isLink = inLink || tag === 'a';
    if (el.hasAttributes()) {
      const names = `${classNameOf(el)} ${el.getAttribute('id') ?? ''}`;
      if (names.length > 1 && RELATED_HINT.test(names)) relatedHints.push(el);
    }
    if (HEADING_TAGS.has(tag)) headings.push(el);
    else if (tag === 'h1') h1s.push(el);
    let commas = 0;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        const length = visibleLength(value);
        if (length === 0) continue;
        own.text += length;
        own.inline += length;
        if (isLink) own.link += length;
        commas += countCommas(value);
      } else if (node.nodeType === 1) {
        const child = node as Element;
        if (UNREAD_TAGS.has(child.localName)) {
          if (child.localName === 'script' && child.getAttribute('type')?.toLowerCase().includes('ld+json')) jsonLdScripts.push(child);
          continue;
        }
        if (isHidden(child)) continue;
        // Hostile pages nest thousands deep; nothing readable lives that far down, and the stack must hold.
        if (depth >= MAX_DEPTH) continue;
        const sub = visit(child, isLink, depth + 1);
        own.text += sub.text;
        own.link += sub.link;
        own.prose += sub.prose;
        if (INLINE_TAGS.has(child.localName)) own.inline += sub.inline;
      }
    }
    stats.set(el, own);
    // List items are mostly teasers and menus; Readability does not score them either.
    const paragraphLength = PARAGRAPH_TAGS.has(el.localName) ? own.text : UNSCORED_TAGS.has(el.localName) ? 0 : own.inline;
    if (paragraphLength >= MIN_PARAGRAPH && own.link < paragraphLength * 0.5) {
      const factor = weight ? weight(el, paragraphLength) : 1;
      paragraphs.push(el);
      own.prose += paragraphLength * factor;
      const score = (1 + commas + Math.min(Math.floor(paragraphLength / 100), 3)) * factor;
      let ancestor = el.parentElement;
      for (let level = 0; ancestor && level < 5; level += 1, ancestor = ancestor.parentElement) {
        const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
        const target = stats.get(ancestor);
        // Ancestors are measured after their children, so park the score until they are.
        if (target) target.score += score / divider;
        else pending.set(ancestor, (pending.get(ancestor) ?? 0) + score / divider);
      }
    }
    const parked = pending.get(el);
    if (parked !== undefined) {
      own.score += parked;
      pending.delete(el);
    }
    return own;
  };
  const pending = new Map<Element, number>();
  let counter = 0;
  for (const root of roots) visit(root, false, 0);
  return { stats, paragraphs, relatedHints, headings, h1s, jsonLdScripts };
}

/** Length without whitespace runs, cheap enough to run on every text node. */
function visibleLength(value: string): number {
  let length = 0;
  let inSpace = true;
  for (let i = 0; i < value.length; i += 1) {
    const code = value.charCodeAt(i);
    const space = code === 32 || code === 10 || code === 9 || code === 13 || code === 160;
    if (!space) length += 1;
    else if (!inSpace) length += 1;
    inSpace = space;
  }
  return inSpace && length > 0 ? length - 1 : length;
}

function countCommas(value: string): number {
  let count = 0;
  for (let i = value.indexOf(','); i >= 0; i = value.indexOf(',', i + 1)) count += 1;
  return count;
}

/** Hidden by markup (no layout is available everywhere, so only attributes count). */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden')) return true;
  if (el.getAttribute('aria-hidden') === 'true' && el.localName !== 'span' && el.localName !== 'i') return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}
