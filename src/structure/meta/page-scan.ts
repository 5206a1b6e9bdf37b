// Picks the elements metadata needs out of the page's one element list (each document query walks the whole tree).
import { classNameOf } from '../class-name';

export interface HeadScan {
  metas: Element[];
  links: Element[];
  /** ld+json scripts. */
  jsonLd: Element[];
  /** h1 and h2 elements in document order. */
  headings: Element[];
  /** The text of the first <title>; read here because some DOMs throw on document.title without a root. */
  documentTitle: string;
}

const MAX_ELEMENTS = 5_000;

/** Meta, link, JSON-LD script, title and h1/h2 elements of the page's element list, split by kind in document order. */
export function scanHead(elements: ArrayLike<Element>): HeadScan {
  const scan: HeadScan = { metas: [], links: [], jsonLd: [], headings: [], documentTitle: '' };
  let kept = 0;
  for (let i = 0; i < elements.length && kept < MAX_ELEMENTS; i += 1) {
    const element = elements[i];
    if (!element) continue;
    switch (element.localName) {
      case 'meta':
        scan.metas.push(element);
        break;
      case 'link':
        if (!element.hasAttribute('rel')) continue;
        scan.links.push(element);
        break;
      case 'title':
        if (scan.documentTitle === '' && element.parentElement?.localName !== 'svg') scan.documentTitle = element.textContent ?? '';
        break;
      case 'script':
        if (!element.hasAttribute('type')) continue;
        if (/ld\+json/i.test(element.getAttribute('type') ?? '')) scan.jsonLd.push(element);
        break;
      case 'h1':
      case 'h2':
        scan.headings.push(element);
        break;
      default:
        continue;
    }
    kept += 1;
  }
  return scan;
}

const MAX_SCANNED = 20_000;
const MAX_CANDIDATES = 600;

/** Byline- and date-like elements (and the h1s, for position), from one query; made only when the DOM is needed. */
export class DomCandidates {
  private cache: Element[] | null = null;

  constructor(private readonly elements: ArrayLike<Element>) {}

  get all(): Element[] {
    if (this.cache) return this.cache;
    // The page's element list classified here: on linkedom a selector list of attribute tests costs several
    // times a plain walk, and reading each element's attribute names once beats asking for each attribute.
    const found = this.elements;
    const kept: Element[] = [];
    let scanned = 0;
    for (let i = 0; i < found.length && scanned < MAX_SCANNED && kept.length < MAX_CANDIDATES; i += 1) {
      const element = found[i];
      const verdict = element ? classifyCandidate(element) : SKIPPED;
      if (verdict === SKIPPED) continue;
      scanned += 1;
      if (verdict === KEPT && element) kept.push(element);
    }
    this.cache = kept;
    return kept;
  }
}

const SKIPPED = 0;
const SCANNED = 1;
const KEPT = 2;
type Verdict = typeof SKIPPED | typeof SCANNED | typeof KEPT;

/**
 * Whether an element is an h1, a byline or a date candidate (KEPT), only carries one of the attributes the
 * tests read (SCANNED, counted against MAX_SCANNED), or neither. Same answers as isBylineCandidate and
 * isDateCandidate, reading each attribute once through its node (see classNameOf for why not getAttribute).
 */
function classifyCandidate(element: Element): Verdict {
  const tag = element.localName;
  if (tag === 'h1' || tag === 'time') return KEPT;
  // Most elements carry no attribute at all; hasAttributes() answers that without reading any.
  if (!element.hasAttributes()) return SKIPPED;
  const itemprop = attributeValue(element, 'itemprop');
  if (itemprop !== null && (AUTHOR_ITEMPROP.test(itemprop) || DATE_ITEMPROP.test(itemprop))) return KEPT;
  const itemtype = attributeValue(element, 'itemtype');
  if (itemtype !== null && PERSON_TYPE.test(itemtype)) return KEPT;
  const rel = attributeValue(element, 'rel');
  if (rel !== null && rel.includes('author')) return KEPT;
  if (element.getAttributeNode('pubdate') || element.getAttributeNode('data-published')) return KEPT;
  const className = attributeValue(element, 'class');
  const id = attributeValue(element, 'id');
  const testId = attributeValue(element, 'data-testid');
  let looked = className !== null || id !== null || testId !== null || itemprop !== null || itemtype !== null || rel !== null;
  let href = '';
  if (tag === 'a') {
    href = attributeValue(element, 'href') ?? '';
    if (/auth?or/.test(href)) looked = true;
  } else if (tag === 'abbr' && element.getAttributeNode('title')) looked = true;
  if (!looked) return SKIPPED;
  const dateMarker = `${className ?? ''} ${id ?? ''}`;
  if (tag === 'abbr' || AUTHOR_PAGE.test(href) || BYLINE_TEST.test(`${dateMarker} ${testId ?? ''}`) || DATE_TEST.test(dateMarker)) return KEPT;
  return SCANNED;
}

function attributeValue(element: Element, name: string): string | null {
  return element.getAttributeNode(name)?.value ?? null;
}

const AUTHOR_ITEMPROP = /\b(?:author|creator)\b/;
const DATE_ITEMPROP = /\bdate(?:Published|Created)\b/;
const PERSON_TYPE = /schema\.org\/Person\b/i;
// German, Spanish, French and Italian class names too ("autorenzeile", "auteur"), but not "autoresize".
const BYLINE_TEST = /byline|author|auteur|autor(?:en|in|innen|es|a|e|i|enzeile|zeile|box|name|info)?(?![a-z])/i;
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalists?|writers?)\/[^/?#]+/i;
const DATE_TEST = /date|publish|posted|time/i;

/** True when the element matched one of the byline parts (checked cheaply on attributes). */
export function isBylineCandidate(element: Element): boolean {
  if (element.localName === 'h1') return false;
  const itemprop = element.getAttribute('itemprop') ?? '';
  if (AUTHOR_ITEMPROP.test(itemprop) || isPersonItem(element)) return true;
  if ((element.getAttribute('rel') ?? '').includes('author')) return true;
  // Links to an author page ("/author/jane-doe", "/autoren/…") are bylines even when class names are hashed.
  if (element.localName === 'a' && AUTHOR_PAGE.test(element.getAttribute('href') ?? '')) return true;
  const marker = `${classNameOf(element)} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-testid') ?? ''}`;
  return BYLINE_TEST.test(marker);
}

/** A microdata Person item ("itemtype=https://schema.org/Person"): a byline that names its person. */
export function isPersonItem(element: Element): boolean {
  return PERSON_TYPE.test(element.getAttribute('itemtype') ?? '');
}

/** True when the element matched one of the date parts. */
export function isDateCandidate(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'h1') return false;
  if (tag === 'time' || tag === 'abbr' || element.hasAttribute('pubdate') || element.hasAttribute('data-published')) return true;
  if (DATE_ITEMPROP.test(element.getAttribute('itemprop') ?? '')) return true;
  return DATE_TEST.test(`${classNameOf(element)} ${element.getAttribute('id') ?? ''}`);
}
