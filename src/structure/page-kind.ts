// Whether a page is one article, or a home page, section listing, search results page or other non-news page.
import { BODY_KINDS } from '../analysis';
import { countWords } from '../text/normalize';
import type { BodyExtraction, PageMetadata } from './types';

const ARTICLE_TYPES = /^(?:\w*Article|BlogPosting|LiveBlogPosting|Report|og:article|og:news\.?article)$/i;
const LISTING_TYPES = /^(?:CollectionPage|SearchResultsPage|ItemList|ProfilePage|og:website|og:profile)$/i;
const SEARCH_PATH = /\/(?:search|suche|recherche|buscar|busca|ricerca|zoeken|sok|haku|szukaj|arama)(?:\/|$|\.)/i;
const SEARCH_QUERY = /[?&](?:q|s|query|search|searchterm|keywords?|text)=/i;
// Running text a story has at the least; declared articles may be shorter (briefs, live pages).
const MIN_WORDS = 100;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;
const MIN_WORDS_DECLARED = 60;
// Listings are many linked headlines with a line or two under each.
const MANY_TEASERS = 8;
const WORDS_PER_TEASER = 60;

/** True for a page that holds one story with real body text. */
/** `elements`: every element of the page in document order, shared with the metadata pass. */
export function isArticlePage(doc: Document, meta: PageMetadata, body: BodyExtraction, elements: ArrayLike<Element> = doc.querySelectorAll('*')): boolean {
  const url = meta.canonicalUrl ?? documentUrl(doc);
  if (url && (isSiteRoot(url) || isSearchUrl(url))) return false;
  const types = meta.pageTypes ?? [];
  const declaredArticle = types.some((type) => ARTICLE_TYPES.test(type));
  if (!declaredArticle && types.some((type) => /^(?:CollectionPage|SearchResultsPage)$/.test(type))) return false;
  const words = bodyWords(body);
  if (words < (declaredArticle ? MIN_WORDS_DECLARED : MIN_WORDS)) return false;
  const teasers = teaserHeadlines(elements);
  // Many linked headlines and little text per headline: a listing, whatever the page declares.
  if (teasers >= MANY_TEASERS && words < teasers * WORDS_PER_TEASER && !declaredArticle) return false;
  if (!declaredArticle && types.some((type) => LISTING_TYPES.test(type)) && teasers >= MANY_TEASERS) return false;
  return meta.title !== null || body.title !== null;
}

// Words of running text; scripts written without spaces (Chinese, Japanese) count two characters as a word.
function bodyWords(body: BodyExtraction): number {
  let words = 0;
  let ideographs = 0;
  for (const block of body.blocks) {
    if (!BODY_KINDS.has(block.kind) || block.kind === 'heading') continue;
    words += countWords(block.text);
    ideographs += (block.text.match(IDEOGRAPHIC) ?? []).length;
  }
  return Math.max(words, Math.round(ideographs / 2));
}

/** Headlines that are links (h2–h4 holding or inside an a): the mark of a teaser list. */
function teaserHeadlines(elements: ArrayLike<Element>): number {
  // Tag names and walks instead of selectors: selector matching over the whole page is slow in linkedom.
  let count = 0;
  for (let i = 0; i < elements.length; i += 1) {
    const element = elements[i];
    if (!element || !TEASER_HEADINGS.has(element.localName)) continue;
    if (insideLink(element) || holdsLink(element)) count += 1;
  }
  return count;
}

const TEASER_HEADINGS = new Set(['h2', 'h3', 'h4']);

function insideLink(element: Element): boolean {
  for (let node: Element | null = element; node; node = node.parentElement) {
    if (node.localName === 'a' && node.hasAttribute('href')) return true;
  }
  return false;
}

function holdsLink(element: Element): boolean {
  const links = element.getElementsByTagName('a');
  for (let i = 0; i < links.length; i += 1) if (links[i]?.hasAttribute('href')) return true;
  return false;
}

/** The home page: no path beyond "/", "/index.html" or a language prefix like "/en/". */
export function isSiteRoot(url: string): boolean {
  const path = pathOf(url);
  if (path === null) return false;
  return /^\/?(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w{3,5}|home\/?)?$/i.test(path) && !SEARCH_QUERY.test(url);
}

/** A search results address: a /search path or a q=/s=/query= parameter. */
export function isSearchUrl(url: string): boolean {
  const path = pathOf(url) ?? '';
  return SEARCH_PATH.test(path) || SEARCH_QUERY.test(url.replace(/#.*$/, ''));
}

function pathOf(url: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url);
  return match ? (match[1] ?? '') : null;
}

function documentUrl(doc: Document): string | null {
  const href = doc.URL;
  return href && /^https?:/i.test(href) ? href : null;
}
