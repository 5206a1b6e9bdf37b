// Collects links to other stories from related/explore/recommended lists and "Read more:" lines.
import type { RelatedLink } from '../../analysis';
import { cleanText } from '../../text/normalize';
import { nameParts, RELATED_LABEL, RELATED_NAMES } from './vocabulary';

const MAX_ITEMS = 40;
const MIN_TITLE = 12;

/** The page's base for resolving relative links: <base href>, the document URL, then the canonical link. */
export function pageBase(doc: Document, url: string | null = null): string | null {
  const head = doc.head ? Array.from(doc.head.children) : [];
  const find = (test: (el: Element) => boolean, attribute: string) => head.find(test)?.getAttribute(attribute);
  const candidates = [
    find((el) => el.localName === 'base', 'href'),
    url,
    doc.URL,
    find((el) => el.localName === 'link' && (el.getAttribute('rel') ?? '').toLowerCase() === 'canonical', 'href'),
    find((el) => el.localName === 'meta' && el.getAttribute('property') === 'og:url', 'content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (/^https?:$/.test(url.protocol)) return url.href;
    } catch {
      // relative or malformed: try the next candidate
    }
  }
  return null;
}

/**
 * An absolute http(s) link; the href as written when the page's address is unknown and it is relative;
 * null for anchors, scripts and unparseable hrefs.
 */
export function absoluteHref(href: string | null, base: string | null): string | null {
  const trimmed = href?.trim();
  if (!trimmed || trimmed.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(trimmed)) return null;
  try {
    const url = new URL(trimmed, base ?? undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return base === null && !/^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : null;
  }
}

/** Related-story lists anywhere on the page, outside the story's own root (candidates come from the measuring pass). */
export function findRelatedRegions(root: Element, hinted: Element[], headings: Element[]): Element[] {
  const regions: Element[] = [];
  const consider = (region: Element | null) => {
    if (!region || region.contains(root) || regions.some((known) => known.contains(region) || region.contains(known))) return;
    // Site menus list sections, not stories, whatever their headings say.
    if (region.closest('nav, [role="navigation"], header, footer, [role="contentinfo"]')) return;
    // A list of story links, or a one-story teaser card set inside the story ("RECOMMENDED" widgets).
    const links = region.querySelectorAll('a[href]').length;
    if (links >= 2 || (links === 1 && root.contains(region))) regions.push(region);
  };
  for (const el of hinted) {
    const names = nameParts(el);
    if (names !== '' && RELATED_NAMES.test(names) && !/ (nav|menu|footer) /.test(names)) consider(el);
  }
  for (const label of headings) {
    if (label.children.length > 2) continue;
    const text = cleanText(label.textContent);
    if (text.length === 0 || text.length > 50 || !RELATED_LABEL.test(text)) continue;
    // The label's smallest ancestor that holds a list of links is the related region.
    let region = label.parentElement;
    for (let level = 0; region && level < 3; level += 1, region = region.parentElement) {
      if (region.querySelectorAll('a[href]').length >= 2) break;
    }
    if (region && region.localName !== 'body' && region.localName !== 'html') consider(region);
  }
  return regions;
}

/** The story links in the regions, de-duplicated by address, in page order. */
export function relatedLinks(regions: Element[], base: string | null, extra: RelatedLink[]): RelatedLink[] {
  const items: RelatedLink[] = [];
  const seen = new Set<string>();
  const add = (title: string, href: string | null) => {
    const key = href ?? title.toLowerCase();
    if (seen.has(key) || items.length >= MAX_ITEMS) return;
    seen.add(key);
    items.push({ title, href });
  };
  for (const region of regions) {
    for (const link of Array.from(region.querySelectorAll('a[href]'))) {
      const title = linkTitle(link);
      const href = absoluteHref(link.getAttribute('href'), base);
      if (title.length >= MIN_TITLE && href && title.split(' ').length >= 3) add(title, href);
    }
  }
  for (const item of extra) add(item.title, item.href);
  return items;
}

// A teaser link often wraps a kicker, the title and a date; the title is the longest heading-like text.
function linkTitle(link: Element): string {
  const heading = link.querySelector('h2, h3, h4, h5, [class*="title" i], [class*="headline" i]');
  return cleanText((heading ?? link).textContent);
}
