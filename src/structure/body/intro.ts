// The standfirst named as such near the headline, when the header step found none (it stops where the body starts).
import type { ElementStats } from './measure';
import { DEK_NAMES, nameParts } from './vocabulary';

/** Elements with text after the headline looked at: a standfirst sits right under it. */
const LOOK_AHEAD = 60;
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
  for (let el = nextInOrder(headline, headline); el && looked < LOOK_AHEAD; ) {
    const st = stats.get(el);
    // Wordless subtrees (pictures, ad slots) are passed over whole and not counted.
    if (!st || st.text === 0) {
      el = nextInOrder(el, el);
      continue;
    }
    const current: Element = el;
    el = nextInOrder(el, null);
    looked += 1;
    if (isNamedIntro(current) && st.text >= MIN_INTRO && st.text <= MAX_INTRO && st.link < st.text * 0.2 && !isPictureText(current)) {
      if (current.querySelector(BLOCK_INSIDE) === null) return current;
      // The box wraps one text block: the block is the standfirst.
      const only = current.children.length === 1 ? current.firstElementChild : null;
      if (only && (only.localName === 'p' || only.localName === 'h2') && only.querySelector(BLOCK_INSIDE) === null) return only;
    }
    // The story's first paragraph of prose: the standfirst, if any, came before it.
    if (current.localName === 'p' && st.prose > 0 && !isNamedIntro(current) && !(current.parentElement && isNamedIntro(current.parentElement))) return null;
  }
  return null;
}

/** A picture's caption ("description" under a photo) is not the standfirst. */
function isPictureText(el: Element): boolean {
  if (el.closest('figure') !== null) return true;
  const siblings = el.parentElement ? Array.from(el.parentElement.children) : [];
  return siblings.some((sibling) => sibling.localName === 'img' || sibling.localName === 'picture');
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
