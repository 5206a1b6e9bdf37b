// DOM helpers for finding metadata near the headline: bounded forward walks and boilerplate checks.
import { classNameOf } from '../class-name';

// Containers whose bylines and dates belong to comments, forms or the site chrome: never the story's own.
const HARD_ELSEWHERE = /comment|respond|reply|footer|newsletter|outbrain|taboola/i;
// Containers that usually hold other stories (teasers, sidebars) but that some sites wrap around the story too.
// ("vcard" is the hCard byline class, not a teaser card.)
const SOFT_ELSEWHERE = /related|recommend|sidebar|teaser|promo|widget|trending|popular|more-|(?<!v)card|rail|nav/i;
const ELSEWHERE_TAGS = new Set(['nav', 'footer', 'aside', 'form', 'button', 'select', 'option', 'script', 'style', 'noscript', 'template']);

/** 0 when the element is in the main content, 1 inside teaser-like containers, 2 inside comments, nav or footer. */
export function elsewhereLevel(element: Element, maxDepth = 12): 0 | 1 | 2 {
  let level: 0 | 1 | 2 = 0;
  let current: Element | null = element;
  for (let depth = 0; current && depth < maxDepth; depth += 1) {
    const tag = current.localName;
    if (tag === 'body') break;
    if (ELSEWHERE_TAGS.has(tag)) return 2;
    const marker = `${classNameOf(current)} ${current.getAttribute('id') ?? ''}`;
    if (marker.length < 300) {
      if (HARD_ELSEWHERE.test(marker)) return 2;
      if (level === 0 && tag !== 'article' && tag !== 'main' && SOFT_ELSEWHERE.test(marker)) level = 1;
    }
    // Above the story's own container, teaser-like names describe the page layout, not this element.
    if (tag === 'article' || tag === 'main') break;
    current = current.parentElement;
  }
  return level;
}

/** True when the element sits inside navigation, footer, asides, comments or related-story lists. */
export function isElsewhere(element: Element): boolean {
  return elsewhereLevel(element) > 0;
}

/** The next element in document order after `element`'s subtree (or its first child when `descend`). */
function nextInOrder(element: Element, descend: boolean): Element | null {
  if (descend && element.firstElementChild) return element.firstElementChild;
  let current: Element | null = element;
  while (current) {
    if (current.nextElementSibling) return current.nextElementSibling;
    current = current.parentElement;
  }
  return null;
}

/**
 * Up to `limit` leaf-ish elements with their own short text, in document order after `start`'s subtree:
 * where a byline or date line sits under a headline.
 */
export function shortTextsAfter(start: Element, limit: number, maxLength = 200): { element: Element; text: string }[] {
  const found: { element: Element; text: string }[] = [];
  let current = nextInOrder(start, false);
  for (let visited = 0; current && visited < limit * 8 && found.length < limit; visited += 1) {
    const tag = current.localName;
    if (tag === 'script' || tag === 'style' || tag === 'noscript' || tag === 'svg' || tag === 'figure') {
      current = nextInOrder(current, false);
      continue;
    }
    // Only elements holding inline content are read whole; containers are entered (reading a big subtree is slow).
    if (!holdsInlineOnly(current)) {
      current = nextInOrder(current, true);
      continue;
    }
    const text = (current.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length === 0) {
      current = nextInOrder(current, false);
      continue;
    }
    if (text.length <= maxLength) {
      found.push({ element: current, text });
      current = nextInOrder(current, false);
    } else {
      // A long block: the byline may be one of its children, or the story has begun.
      if (tag === 'p') break;
      current = nextInOrder(current, true);
    }
  }
  return found;
}

const INLINE = new Set(['a', 'span', 'strong', 'b', 'em', 'i', 'time', 'abbr', 'small', 'br', 'img', 'address', 'u', 'sup', 'sub', 'wbr', 'svg', 'picture', 'source']);

function holdsInlineOnly(element: Element): boolean {
  const children = element.children;
  if (children.length > 12) return false;
  for (let i = 0; i < children.length; i += 1) {
    const child = children[i];
    if (!child || !INLINE.has(child.localName) || child.children.length > 6) return false;
  }
  return true;
}

/**
 * The article's headline element: the h1 that agrees best with the title the metadata declares, else the
 * first h1 in the main content, else the first h1.
 */
export function headlineElement(headings: Element[], declaredTitle: string | null = null): Element | null {
  const candidates = headings.filter((heading) => heading.localName === 'h1').slice(0, 20);
  if (declaredTitle) {
    const wanted = wordSet(declaredTitle);
    let best: Element | null = null;
    let bestScore = 0.5;
    // An h2 is the headline only on pages whose h1 is the site's logo or name, so h1s are tried first.
    const h2s = headings.filter((heading) => heading.localName === 'h2').slice(0, 30);
    for (const heading of [...candidates, ...h2s]) {
      if (best && heading.localName === 'h2') break;
      const score = overlap(wanted, wordSet(heading.textContent ?? ''));
      if (score > bestScore) {
        best = heading;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  for (const heading of candidates) {
    if ((heading.textContent ?? '').trim().length > 10 && elsewhereLevel(heading) === 0) return heading;
  }
  return candidates[0] ?? null;
}

function wordSet(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0).slice(0, 60));
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  return shared / Math.max(a.size, b.size);
}
