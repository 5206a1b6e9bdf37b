// DOM helpers for finding metadata near the headline: bounded forward walks and boilerplate checks.

// Containers whose bylines and dates belong to other stories, comments or the site chrome.
const ELSEWHERE = /comment|related|recommend|sidebar|footer|teaser|promo|widget|newsletter|trending|popular|more-|outbrain|taboola|card|rail|nav/i;
const ELSEWHERE_TAGS = new Set(['nav', 'footer', 'aside', 'header-nav', 'form', 'button', 'select', 'option', 'script', 'style', 'noscript', 'template']);

/** True when the element sits inside navigation, footer, asides, comments or related-story lists. */
export function isElsewhere(element: Element, stopAt: Element | null = null, maxDepth = 12): boolean {
  let current: Element | null = element;
  for (let depth = 0; current && depth < maxDepth; depth += 1) {
    if (current === stopAt || current.localName === 'article' || current.localName === 'main' || current.localName === 'body') return false;
    if (ELSEWHERE_TAGS.has(current.localName)) return true;
    const marker = `${current.getAttribute('class') ?? ''} ${current.getAttribute('id') ?? ''}`;
    if (marker.length < 300 && ELSEWHERE.test(marker)) return true;
    current = current.parentElement;
  }
  return false;
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

/** The article's headline element: the first h1 outside the site chrome, else null. */
export function headlineElement(headings: Element[]): Element | null {
  for (let i = 0; i < headings.length && i < 10; i += 1) {
    const heading = headings[i];
    if (heading && !isElsewhere(heading) && (heading.textContent ?? '').trim().length > 10) return heading;
  }
  return headings[0] ?? null;
}
