// Walks the article root in reading order and turns it into text blocks, skipping regions that are not the story.
import type { BlockKind } from '../../analysis';
import { cleanText } from '../../text/normalize';
import { INLINE_TAGS, isHidden, MAX_DEPTH, UNREAD_TAGS, type ElementStats } from './measure';
import { BOILERPLATE_NAMES, CAPTION_REGION_NAMES, HARD_BOILERPLATE_NAMES, nameParts } from './vocabulary';

/** A block as the walk found it, before line-level filtering. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Share of the text that sits inside links (0..1). */
  linkShare: number;
  /** The first link in the block, for "Read more: …" lines that become related items. */
  link: { text: string; href: string } | null;
  /** From a table cell: a linked cell is data (a product, a name), not a teaser. */
  cell: boolean;
}

/** Regions that hold page furniture rather than story text, whatever their class names say. */
const SKIPPED_TAGS = new Set([
  'nav', 'footer', 'aside', 'form', 'figure', 'figcaption', 'input', 'menu', 'picture', 'img', 'fieldset', 'address',
]);

/** What the walk must leave out besides boilerplate: elements already used as headline, dek, etc. */
export interface WalkContext {
  stats: Map<Element, ElementStats>;
  /** Prose characters in the whole root: a region holding most of it is never boilerplate. */
  rootProse: number;
  exclude: Set<Element>;
}

/** The text blocks of the root elements, in reading order. */
export function walkBlocks(roots: Element[], context: WalkContext): RawBlock[] {
  const out: RawBlock[] = [];
  let parts: string[] = [];
  let linkChars = 0;
  let textChars = 0;
  let firstLink: RawBlock['link'] = null;
  let kind: BlockKind = 'paragraph';
  let cellDepth = 0;

  const flush = () => {
    if (parts.length === 0) return;
    const raw = parts.join('');
    parts = [];
    const share = textChars > 0 ? Math.min(1, linkChars / textChars) : 0;
    // Two line breaks in a row separate paragraphs in pages that use <br> instead of <p>.
    for (const piece of raw.split(/\n[ \t\r\u00A0]*\n/)) {
      const text = cleanText(piece);
      if (text !== '') out.push({ kind, text, linkShare: share, link: firstLink, cell: cellDepth > 0 });
    }
    linkChars = 0;
    textChars = 0;
    firstLink = null;
  };

  const visit = (el: Element, inLink: boolean, depth: number) => {
    if (depth >= MAX_DEPTH) return;
    for (let node = el.firstChild; node; node = node.nextSibling) {
      if (node.nodeType === 3) {
        const value = node.nodeValue ?? '';
        parts.push(value);
        const length = value.trim().length;
        textChars += length;
        if (inLink) linkChars += length;
        continue;
      }
      if (node.nodeType !== 1) continue;
      const child = node as Element;
      const tag = child.localName;
      if (tag === 'br') {
        parts.push('\n');
        continue;
      }
      if (UNREAD_TAGS.has(tag) || (SKIPPED_TAGS.has(tag) && !isTextFigure(child)) || context.exclude.has(child) || isHidden(child)) continue;
      if (isBoilerplateRegion(child, context)) continue;
      // A header holding an h1 is the page's or story's masthead; other headers (accordion heads) hold text.
      if (tag === 'header' && child.querySelector('h1') !== null) continue;
      if (INLINE_TAGS.has(tag)) {
        if (tag === 'a' && !firstLink) {
          const href = child.getAttribute('href');
          if (href) firstLink = { text: cleanText(child.textContent), href };
        }
        visit(child, inLink || tag === 'a', depth + 1);
        continue;
      }
      flush();
      const outer: BlockKind = kind;
      const cell = tag === 'td' || tag === 'th';
      kind = blockKindOf(tag, outer);
      if (cell) cellDepth += 1;
      visit(child, inLink, depth + 1);
      flush();
      if (cell) cellDepth -= 1;
      kind = outer;
    }
  };

  for (const root of roots) {
    if (context.exclude.has(root) || (roots.length > 1 && (SKIPPED_TAGS.has(root.localName) || isBoilerplateRegion(root, context)))) continue;
    const outer: BlockKind = kind;
    kind = blockKindOf(root.localName, 'paragraph');
    visit(root, false, 0);
    flush();
    kind = outer;
  }
  return out;
}

function blockKindOf(tag: string, outer: BlockKind): BlockKind {
  if (/^h[1-6]$/.test(tag)) return 'heading';
  if (outer === 'quote' || outer === 'list-item') return outer;
  if (tag === 'blockquote') return 'quote';
  if (tag === 'li') return 'list-item';
  return 'paragraph';
}

/** Share bars, related lists, ads, newsletter boxes, link farms: by name or by link density. */
function isBoilerplateRegion(el: Element, context: WalkContext): boolean {
  const st = context.stats.get(el);
  if (!st || st.text === 0) return false;
  // A region that holds most of the story is the story, whatever its class says ("content has-sidebar").
  if (st.prose > context.rootProse * 0.5) return false;
  const tag = el.localName;
  // Inline elements keep their words in the sentence even when their class is "newsletter-link"; only a
  // caption or credit set inline (<em class="copyright">) is left out.
  if (INLINE_TAGS.has(tag) && tag !== 'span') {
    return st.text < MAX_CAPTION && el.hasAttributes() && CAPTION_REGION_NAMES.test(nameParts(el));
  }
  const names = nameParts(el);
  if (names !== '' && BOILERPLATE_NAMES.test(names)) {
    // Prose with hardly any links is story text even in a "print" or "readmore" wrapper; hard names always go.
    const proseRich = st.prose >= 300 && st.link < st.text * 0.1;
    return !proseRich || HARD_BOILERPLATE_NAMES.test(names) || CAPTION_REGION_NAMES.test(names);
  }
  // A span that is mostly a link sits inside a sentence ("for both <span><a>Kamala Harris</a></span> and …"): its
  // words are the sentence's. Only its class names (above) can make it furniture.
  if (tag === 'span' || tag === 'p' || tag === 'li' || /^h[2-6]$/.test(tag) || tag === 'blockquote' || tag === 'td' || tag === 'tr') return false;
  if ((tag === 'div' || tag === 'section') && isImageBox(el, st, context.stats)) return true;
  // Containers that are mostly links are navigation or teasers; prose with a few links is not.
  // Lists whose items mix text and links are content; lists of bare links are menus or teasers.
  const limit = tag === 'ul' || tag === 'ol' ? 0.8 : 0.5;
  return st.link > st.text * limit && st.prose < 200;
}

/** Longest text a picture's caption is taken to have. */
const MAX_CAPTION = 300;

// A box holding a picture and a line or two of text is the picture's caption (or a teaser card), without
// a <figure> to say so: a few children, one of them the picture (or a wordless wrapper of it), no heading.
// A short story with a picture is more: headings, paragraphs. The text bound keeps the lookups on small subtrees.
function isImageBox(el: Element, st: ElementStats, stats: Map<Element, ElementStats>): boolean {
  if (st.text >= MAX_CAPTION || el.children.length > MAX_CAPTION_CHILDREN) return false;
  const holdsPicture = Array.from(el.children).some(
    (child) => PICTURE_TAGS.has(child.localName) || ((stats.get(child)?.text ?? 0) === 0 && child.querySelector('img, picture') !== null),
  );
  return holdsPicture && el.querySelector('h1, h2, h3, h4, h5, h6') === null;
}

const PICTURE_TAGS = new Set(['img', 'picture']);
const MAX_CAPTION_CHILDREN = 4;

// <figure> also wraps data tables; those are story text. Only a figure without a picture counts (pull
// quotes set in figures repeat the text).
function isTextFigure(el: Element): boolean {
  return el.localName === 'figure' && el.querySelector('table') !== null && el.querySelector('img, picture, video, iframe') === null;
}
