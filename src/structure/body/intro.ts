// The standfirst named as such near the headline, when the header step found none (it stops where the body starts).
import type { ElementStats } from './measure';
import { DEK_NAMES, nameParts } from './vocabulary';

/** Elements after the headline looked at: a standfirst sits right under it. */
const LOOK_AHEAD = 40;
const MIN_INTRO = 20;
const MAX_INTRO = 800;
const BLOCK_INSIDE = 'p, h2, h3, h4, li, figure, img';

/**
 * The element holding the standfirst: named as one ("teaser-text", "abstract", "intro") or the single text
 * block of a box named so (<div class="teaser-text"><p>…</p></div>), among the elements right after the
 * headline and before the story's first prose paragraph. Null when there is none.
 */
export function findNamedIntro(headline: Element, stats: Map<Element, ElementStats>): Element | null {
  let looked = 0;
  for (let el = nextInOrder(headline, headline); el && looked < LOOK_AHEAD; el = nextInOrder(el, null), looked += 1) {
    const st = stats.get(el);
    if (!st || st.text === 0) continue;
    if (isNamedIntro(el) && st.text >= MIN_INTRO && st.text <= MAX_INTRO && st.link < st.text * 0.2) {
      if (el.querySelector(BLOCK_INSIDE) === null) return el;
      // The box wraps one text block: the block is the standfirst.
      const only = el.children.length === 1 ? el.firstElementChild : null;
      if (only && (only.localName === 'p' || only.localName === 'h2') && only.querySelector(BLOCK_INSIDE) === null) return only;
    }
    // The story's first paragraph of prose: the standfirst, if any, came before it.
    if (el.localName === 'p' && st.prose > 0 && !isNamedIntro(el) && !(el.parentElement && isNamedIntro(el.parentElement))) return null;
  }
  return null;
}

function isNamedIntro(el: Element): boolean {
  const names = nameParts(el);
  return (names !== '' && DEK_NAMES.test(names)) || /abstract|description/.test(el.getAttribute('itemprop') ?? '');
}

/** The next element in document order: the first child, else the next sibling of the element or an ancestor. */
function nextInOrder(el: Element, skipChildrenOf: Element | null): Element | null {
  if (el !== skipChildrenOf && el.firstElementChild) return el.firstElementChild;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.nextElementSibling) return node.nextElementSibling;
  }
  return null;
}
