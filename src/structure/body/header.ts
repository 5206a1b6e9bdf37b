// The article header: headline, kicker above it, stated reading time and the standfirst (dek) below it.
import { cleanText, comparisonKey } from '../../text/normalize';
import { readableText } from '../title/readable-text';
import { headlineText } from '../title/headline-text';
import type { ElementStats, Measured } from './measure';
import { parseReadingMinutes } from './reading-time';
import { DEK_NAMES, KICKER_NAMES, nameParts } from './vocabulary';

export interface ArticleHeader {
  headline: Element | null;
  title: string | null;
  dek: string | null;
  dekElement: Element | null;
  section: string | null;
  /** The kicker's element, which the body leaves out: a careful reader does not take the label for the story's first line. */
  sectionElement: Element | null;
  statedReadingMinutes: number | null;
}

const OUTSIDE_STORY = 'nav, footer, aside, [role="navigation"], [role="contentinfo"]';

/** Reads the header around the headline nearest to the article root. */
export function readHeader(
  doc: Document,
  root: Element,
  measured: Measured,
  hints: { title: string | null; description: string | null },
): ArticleHeader {
  const { stats } = measured;
  const headline = findHeadline(doc, measured.h1s, root, stats, hints.title);
  const scope = headline ? headerScope(headline, stats) : null;
  const rootOrder = stats.get(root)?.order ?? Infinity;
  const headlineOrder = headline ? (stats.get(headline)?.order ?? 0) : 0;
  const dekElement = findDek(headline, scope ?? root, stats, headlineOrder, root, hints.description);
  const kicker = headline && scope ? findKicker(scope, headline, stats) : null;
  return {
    headline,
    title: headline ? headlineText(headline) : null,
    dek: dekElement ? cleanText(readableText(dekElement)) : null,
    dekElement,
    section: kicker?.text ?? null,
    sectionElement: kicker?.element ?? null,
    statedReadingMinutes: findReadingMinutes(scope ?? root, rootOrder, stats, 400) ?? findReadingMinutes(root, Infinity, stats, 60),
  };
}

function findHeadline(doc: Document, h1s: Element[], root: Element, stats: Map<Element, ElementStats>, title: string | null): Element | null {
  const candidates = h1s.filter((h1) => stats.has(h1) && !h1.closest(OUTSIDE_STORY) && cleanText(h1.textContent) !== '');
  if (candidates.length === 0) {
    const microdata = doc.querySelector('[itemprop="headline"]');
    return microdata && stats.has(microdata) ? microdata : null;
  }
  if (candidates.length === 1) return candidates[0] ?? null;
  const titleKey = title ? comparisonKey(title) : null;
  if (titleKey) {
    // The longest h1 the title contains (or that contains the title): not the site name in "Story | Site".
    let best: Element | null = null;
    let bestLength = 0;
    for (const h1 of candidates) {
      const key = comparisonKey(h1.textContent ?? '');
      if (key.length > 5 && key.length > bestLength && (titleKey.includes(key) || key.includes(titleKey))) {
        best = h1;
        bestLength = key.length;
      }
    }
    if (best) return best;
  }
  // Otherwise the last h1 before the root's text, or the first inside it (site logos are h1s too).
  const rootOrder = stats.get(root)?.order ?? 0;
  const inside = candidates.find((h1) => root.contains(h1));
  const before = candidates.filter((h1) => (stats.get(h1)?.order ?? 0) < rootOrder).pop();
  return inside ?? before ?? candidates[0] ?? null;
}

/** The headline's surrounding block: the smallest ancestor with a little text around it, not the whole page. */
function headerScope(headline: Element, stats: Map<Element, ElementStats>): Element {
  let scope: Element = headline.parentElement ?? headline;
  const headlineText = stats.get(headline)?.text ?? 0;
  for (let level = 0; level < 3; level += 1) {
    const parent = scope.parentElement;
    const ownText = stats.get(scope)?.text ?? 0;
    if (!parent || ownText - headlineText > 40 || scope.localName === 'header' || scope.localName === 'article') break;
    if ((stats.get(parent)?.text ?? 0) > headlineText + 1500) break;
    scope = parent;
  }
  return scope;
}

const LINE_TAGS = new Set(['a', 'span', 'div', 'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'time', 'strong', 'small']);
const LINE_CHILD_TAGS = new Set(['span', 'a', 'br', 'i', 'b', 'svg']);

/** Leaf-ish elements of a scope in document order (at most `limit` looked at): one label or line each. */
function lines(scope: Element, limit = 400): Element[] {
  const found: Element[] = [];
  let visited = 0;
  const walk = (el: Element) => {
    for (let child = el.firstElementChild; child && visited < limit; child = child.nextElementSibling) {
      visited += 1;
      const tag = child.localName;
      if (tag === 'script' || tag === 'style' || tag === 'svg') continue;
      if (LINE_TAGS.has(tag) && Array.from(child.children).every((grandchild) => LINE_CHILD_TAGS.has(grandchild.localName))) found.push(child);
      walk(child);
    }
  };
  walk(scope);
  return found;
}

function findKicker(scope: Element, headline: Element, stats: Map<Element, ElementStats>): { text: string; element: Element } | null {
  const headlineOrder = stats.get(headline)?.order ?? 0;
  let best: { text: string; element: Element } | null = null;
  for (const el of lines(scope)) {
    const order = stats.get(el)?.order;
    if (order === undefined || order >= headlineOrder || headline.contains(el) || el.closest('nav, time, [class*="breadcrumb" i]')) continue;
    const text = cleanText(readableText(el));
    if (text.length < 2 || text.length > 40 || text.split(' ').length > 5 || /\d/.test(text)) continue;
    const names = nameParts(el);
    if (KICKER_NAMES.test(names) || el.localName === 'a' || (text === text.toUpperCase() && /\p{Lu}/u.test(text))) best = { text, element: el };
  }
  return best;
}

function findDek(headline: Element | null, scope: Element, stats: Map<Element, ElementStats>, after: number, root: Element, description: string | null): Element | null {
  const descriptionKey = description ? comparisonKey(description).replace(/(\.\.\.|…)$/, '') : null;
  const rootEnd = lastOrder(root, stats);
  // The elements right after the headline in reading order (wherever the page nests them), else the scope's.
  const candidates = headline ? followingElements(headline, 150) : Array.from(scope.querySelectorAll('p, h2, div, span, [itemprop]'));
  for (const el of candidates) {
    const order = stats.get(el)?.order;
    if (order === undefined || order <= after || order > rootEnd) continue;
    if (root.contains(el)) break;
    if (el.contains(root) || !DEK_TAGS.has(el.localName) && !el.hasAttribute('itemprop')) continue;
    if (el.querySelector('p, h2, h3, li, figure') !== null) continue;
    // Not textContent: page builders put a <style> for the block inside it, before its text.
    const text = cleanText(readableText(el));
    if (text.length < 20 || text.length > 800) continue;
    const itemprop = el.getAttribute('itemprop') ?? '';
    const key = comparisonKey(text);
    const matchesDescription = descriptionKey !== null && descriptionKey.length >= 20 && (key === descriptionKey || key.startsWith(descriptionKey) || descriptionKey.startsWith(key));
    const isSubheadline = /description|alternativeHeadline|abstract/.test(itemprop) || (DEK_NAMES.test(nameParts(el)) && el.children.length <= 3);
    if (matchesDescription || isSubheadline) return el;
  }
  return headline ? standfirstBesideHeadline(headline, root, stats) : null;
}

/** With no class or description to go by: a sentence-like <p>/<h2> placed right under the headline. */
function standfirstBesideHeadline(headline: Element, root: Element, stats: Map<Element, ElementStats>): Element | null {
  let next = headline.nextElementSibling;
  while (next && (stats.get(next)?.text ?? 0) === 0) next = next.nextElementSibling;
  if (!next || (next.localName !== 'p' && next.localName !== 'h2') || root.contains(next) || next.contains(root)) return null;
  const st = stats.get(next);
  if (!st || st.text < 40 || st.text > 400 || st.link > st.text * 0.2) return null;
  return /[.!?"”»…]$|\p{L}$/u.test(cleanText(next.textContent)) ? next : null;
}

const DEK_TAGS = new Set(['p', 'h2', 'div', 'span']);

/** Up to `limit` elements that follow `start` in document order (after its own subtree). */
function followingElements(start: Element, limit: number): Element[] {
  const found: Element[] = [];
  let current: Element | null = nextOutside(start);
  while (current && found.length < limit) {
    found.push(current);
    current = current.firstElementChild ?? nextOutside(current);
  }
  return found;
}

function nextOutside(el: Element): Element | null {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}

function lastOrder(el: Element, stats: Map<Element, ElementStats>): number {
  let last: Element = el;
  while (last.lastElementChild) last = last.lastElementChild;
  return stats.get(last)?.order ?? stats.get(el)?.order ?? Infinity;
}

function findReadingMinutes(scope: Element, beforeOrder: number, stats: Map<Element, ElementStats>, limit: number): number | null {
  for (const el of lines(scope, limit)) {
    const order = stats.get(el)?.order;
    if (order === undefined || order > beforeOrder) continue;
    const text = cleanText(el.textContent);
    const minutes = text.length <= 60 ? parseReadingMinutes(text) : null;
    if (minutes !== null) return minutes;
  }
  return null;
}
