// Collects the elements metadata needs in as few document queries as possible (each query walks the whole tree).

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

/** One query for meta, link, JSON-LD script and h1 elements, split by kind in document order. */
export function scanHead(doc: Document): HeadScan {
  const scan: HeadScan = { metas: [], links: [], jsonLd: [], headings: [], documentTitle: '' };
  const found = doc.querySelectorAll('meta, link[rel], script[type], h1, h2, title');
  for (let i = 0; i < found.length && i < MAX_ELEMENTS; i += 1) {
    const element = found[i];
    if (!element) continue;
    switch (element.localName) {
      case 'meta':
        scan.metas.push(element);
        break;
      case 'link':
        scan.links.push(element);
        break;
      case 'title':
        if (scan.documentTitle === '' && element.parentElement?.localName !== 'svg') scan.documentTitle = element.textContent ?? '';
        break;
      case 'script':
        if (/ld\+json/i.test(element.getAttribute('type') ?? '')) scan.jsonLd.push(element);
        break;
      default:
        scan.headings.push(element);
    }
  }
  return scan;
}

// Broad, case-sensitive parts only: linkedom's case-insensitive attribute matching is slow, so class and id
// are tested with one regular expression afterwards.
const CANDIDATE_SELECTOR = 'h1, time, abbr[title], [pubdate], [data-published], [itemprop], [itemtype], [rel], [class], [id], [data-testid], a[href*="author"], a[href*="autor"]';
const MAX_SCANNED = 20_000;
const MAX_CANDIDATES = 600;

/** Byline- and date-like elements (and the h1s, for position), from one query; made only when the DOM is needed. */
export class DomCandidates {
  private cache: Element[] | null = null;

  constructor(private readonly doc: Document) {}

  get all(): Element[] {
    if (this.cache) return this.cache;
    const found = this.doc.querySelectorAll(CANDIDATE_SELECTOR);
    const kept: Element[] = [];
    for (let i = 0; i < found.length && i < MAX_SCANNED && kept.length < MAX_CANDIDATES; i += 1) {
      const element = found[i];
      if (element && (element.localName === 'h1' || isBylineCandidate(element) || isDateCandidate(element))) kept.push(element);
    }
    this.cache = kept;
    return kept;
  }
}

const BYLINE_TEST = /byline|author/i;
const AUTHOR_PAGE = /\/(?:authors?|autor(?:en|in)?|auteurs?|autores?|journalists?|writers?)\/[^/?#]+/i;
const DATE_TEST = /date|publish|posted|time/i;

/** True when the element matched one of the byline parts (checked cheaply on attributes). */
export function isBylineCandidate(element: Element): boolean {
  if (element.localName === 'h1') return false;
  const itemprop = element.getAttribute('itemprop') ?? '';
  if (/\b(?:author|creator)\b/.test(itemprop) || isPersonItem(element)) return true;
  if ((element.getAttribute('rel') ?? '').includes('author')) return true;
  // Links to an author page ("/author/jane-doe", "/autoren/…") are bylines even when class names are hashed.
  if (element.localName === 'a' && AUTHOR_PAGE.test(element.getAttribute('href') ?? '')) return true;
  const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-testid') ?? ''}`;
  return BYLINE_TEST.test(marker);
}

/** A microdata Person item ("itemtype=https://schema.org/Person"): a byline that names its person. */
export function isPersonItem(element: Element): boolean {
  return /schema\.org\/Person\b/i.test(element.getAttribute('itemtype') ?? '');
}

/** True when the element matched one of the date parts. */
export function isDateCandidate(element: Element): boolean {
  const tag = element.localName;
  if (tag === 'h1') return false;
  if (tag === 'time' || tag === 'abbr' || element.hasAttribute('pubdate') || element.hasAttribute('data-published')) return true;
  if (/\bdate(?:Published|Created)\b/.test(element.getAttribute('itemprop') ?? '')) return true;
  return DATE_TEST.test(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
}
