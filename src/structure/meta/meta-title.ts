// The title the page declares about itself, with the " | Site" style suffix or prefix removed.
import { cleanOrNull, comparisonKey } from '../../text/normalize';
import { firstString, type JsonObject } from './json-safe';
import type { MetaTags } from './meta-tags';

const SEPARATOR = /\s+(?:[|–—·•»«\-/]{1,2}|::)\s+|\s*[：｜]\s*/g;
const DATE_SEGMENT = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/;
const MAX_SITE_SEGMENT_WORDS = 6;

/** Title from JSON-LD headline, og:/twitter:/parsely/dc meta, then <title>, cleaned of site names. */
export function metadataTitle(article: JsonObject | null, tags: MetaTags, documentTitleText: string, siteNames: string[]): string | null {
  const headline = cleanOrNull(firstString(article?.headline) ?? firstString(article?.name));
  const ogTitle = cleanOrNull(tags.first('og:title', 'twitter:title', 'parsely-title', 'sailthru.title', 'dc.title', 'dcterms.title', 'title'));
  const documentTitle = cleanOrNull(documentTitleText);
  const candidates = [headline, ogTitle].filter((value): value is string => value !== null).map((value) => stripSiteName(value, siteNames, false));
  // JSON-LD headlines are often cut at 110 characters; a meta title that extends it is the full one.
  const [first, second] = candidates;
  if (first && second && second.length > first.length && comparisonKey(second).startsWith(comparisonKey(first).replace(/(?:\.\.\.|…)$/, ''))) return second;
  const fromDocument = documentTitle ? stripSiteName(documentTitle, siteNames, true) : null;
  if (first) return fromDocument && cutAtQuote(first, fromDocument) ? fromDocument : first;
  return fromDocument;
}

/**
 * True when the JSON-LD headline and og:title (else twitter:title) declare the same title, site names aside: two
 * fields an editor sets apart, so a visible headline worded otherwise is the display variant.
 */
export function declaredTitleIsBacked(article: JsonObject | null, tags: MetaTags, siteNames: string[]): boolean {
  const headline = cleanOrNull(firstString(article?.headline));
  const social = cleanOrNull(tags.first('og:title', 'twitter:title'));
  if (!headline || !social) return false;
  return comparisonKey(stripSiteName(headline, siteNames, false)) === comparisonKey(stripSiteName(social, siteNames, false));
}

/**
 * A meta content attribute with an unescaped quote ends at that quote (content="Biden called "unfit""), so
 * the meta title stops right where <title> goes on with a quotation mark: the <title> has it whole.
 */
function cutAtQuote(metaTitle: string, documentTitle: string): boolean {
  return documentTitle.length > metaTitle.length && documentTitle.startsWith(metaTitle) && /^\s*["“„«]/.test(documentTitle.slice(metaTitle.length));
}

/**
 * Removes a leading or trailing segment that names the site ("Title | TRT World", "BBC News - Title").
 * With `generic`, a short trailing segment after a separator is removed even when the site name is unknown.
 */
export function stripSiteName(title: string, siteNames: string[], generic: boolean): string {
  const parts = splitKeepingSeparators(title);
  if (parts.length < 2) return title;
  const siteKeys = siteNames.map(looseKey).filter((key) => key.length >= 2);
  const isSite = (segment: string) => {
    if (DATE_SEGMENT.test(segment)) return true;
    const key = looseKey(segment);
    if (key.length === 0) return false;
    const short = segment.split(' ').length <= MAX_SITE_SEGMENT_WORDS;
    return siteKeys.some((site) => key === site || (short && site.length >= 4 && (key.includes(site) || (key.length >= 4 && site.includes(key)))));
  };
  let segments = parts;
  while (segments.length > 1 && isSite(segments[segments.length - 1] ?? '')) segments = segments.slice(0, -1);
  while (segments.length > 1 && isSite(segments[0] ?? '')) segments = segments.slice(1);
  if (segments.length === parts.length && generic) {
    const last = segments[segments.length - 1] ?? '';
    const rest = segments.slice(0, -1).join(' ');
    if (last.split(' ').length <= 4 && rest.split(' ').length >= 3) segments = segments.slice(0, -1);
  }
  return joinSegments(title, parts, segments);
}

function splitKeepingSeparators(title: string): string[] {
  return title.split(SEPARATOR).map((part) => part.trim()).filter((part) => part !== '');
}

// Rebuilds the kept segments from the original text so inner separators keep their own spelling.
function joinSegments(title: string, parts: string[], kept: string[]): string {
  if (kept.length === parts.length) return title;
  const first = kept[0] ?? '';
  const last = kept[kept.length - 1] ?? '';
  const start = title.indexOf(first);
  const end = title.lastIndexOf(last) + last.length;
  return start >= 0 && end > start ? title.slice(start, end).trim() : kept.join(' - ');
}

function looseKey(text: string): string {
  return comparisonKey(text)
    .replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/\p{M}+/gu, '').replace(/^the\s+/, '').replace(/\.(?:com|net|org|co\.uk|de|fr|in)$/, '').replace(/[^\p{L}\p{N}]+/gu, '');
}
