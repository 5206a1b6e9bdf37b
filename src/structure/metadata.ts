// Page metadata by order of trust: JSON-LD, then meta tags (og:, article:, dc., parsely, twitter:), then microdata and the DOM.
import { cleanOrNull } from '../text/normalize';
import { chooseAuthors } from './meta/byline/choose-authors';
import { dateFromDom } from './meta/date-dom';
import { dateFromText } from './meta/date-text';
import { datesFromJsonLd, datesFromMeta } from './meta/date-sources';
import { headlineElement } from './meta/dom-near';
import { metadataImage, resolveUrl } from './meta/image';
import { asList, firstString } from './meta/json-safe';
import { declaredTypes, findArticleNode, readJsonLd } from './meta/jsonld';
import { chooseLanguage } from './meta/language';
import { readMetaTags } from './meta/meta-tags';
import { DomCandidates, scanHead } from './meta/page-scan';
import { declaredTitleIsBacked, metadataTitle } from './meta/meta-title';
import { findPublisher } from './meta/publisher';
import { dateFromUrl } from './meta/url-date';
import type { PageMetadata } from './types';

/** `elements`: every element of the page in document order (doc.querySelectorAll('*')), shared with other passes. */
export function extractMetadata(doc: Document, url: string | null, elements: ArrayLike<Element> = doc.querySelectorAll('*')): PageMetadata {
  const scan = scanHead(elements);
  const tags = readMetaTags(scan.metas, scan.links);
  const ld = readJsonLd(scan.jsonLd);
  const dom = new DomCandidates(elements);
  const canonicalUrl = resolveUrl(tags.canonical, url) ?? resolveUrl(tags.first('og:url'), url) ?? resolveUrl(url, null);
  const pageUrls = [url, canonicalUrl].filter((value): value is string => value !== null);
  const article = findArticleNode(ld, pageUrls);
  const language = chooseLanguage([
    firstString(article?.inLanguage), doc.documentElement?.getAttribute('lang'), doc.documentElement?.getAttribute('xml:lang'),
    tags.first('og:locale'), tags.first('content-language', 'dc.language', 'dcterms.language', 'language'),
  ]);
  const { publisher: declaredPublisher, siteNames } = findPublisher(article, ld, tags, canonicalUrl ?? url);
  const publisher = declaredPublisher ?? publisherFromTitle(scan.documentTitle, siteNames);
  const title = metadataTitle(article, tags, scan.documentTitle, siteNames);
  const headline = headlineElement(scan.headings, title);

  const { authors, wire } = chooseAuthors({ doc, elements, article, ld, tags, domCandidates: () => dom.all, headline, siteNames });

  const fromLd = datesFromJsonLd(article, language);
  const fromMeta = datesFromMeta(tags, language);
  let publishedAt = fromLd.published ?? fromMeta.published;
  let modifiedAt = fromLd.modified ?? fromMeta.modified;
  // A full date in the URL path is fixed when the story is first published; metadata that is days away is a re-publication.
  const urlDay = dateFromUrl(canonicalUrl ?? url) ?? dateFromUrl(url);
  if (publishedAt && urlDay && daysApart(publishedAt, urlDay) > 1) publishedAt = urlDay;
  if (!publishedAt) {
    const fromDom = dateFromDom(dom.all, headline, language);
    publishedAt = (fromDom.confident ? fromDom.published : null) ?? urlDay ?? fromDom.published ?? dateFromText(doc, headline, language);
    modifiedAt ??= fromDom.modified;
  }

  return {
    title,
    titleBacked: declaredTitleIsBacked(article, tags, siteNames),
    description: cleanOrNull(firstString(article?.description)) ?? tags.first('og:description', 'description', 'twitter:description', 'dc.description'),
    section: cleanOrNull(firstString(asList(article?.articleSection)[0])) ?? tags.first('article:section', 'parsely-section', 'section'),
    authors,
    publisher,
    publishedAt,
    modifiedAt,
    language,
    canonicalUrl,
    image: metadataImage(article, ld, tags, canonicalUrl ?? url),
    wire,
    pageTypes: [...declaredTypes(ld), ...(tags.first('og:type') ? [`og:${tags.first('og:type')}`] : [])],
  };
}

// "Story - Lokalzeitung Musterstadt" on musterstadt.example: the last segment of <title> names the site.
function publisherFromTitle(documentTitle: string, siteNames: string[]): string | null {
  const last = cleanOrNull(documentTitle.split(/\s+[|–—-]\s+/).slice(1).pop());
  if (!last || last.length > 60) return null;
  const key = last.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  return siteNames.some((name) => name.length >= 4 && key.includes(name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ''))) ? last : null;
}

function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a.slice(0, 10)) - Date.parse(b.slice(0, 10))) / 86_400_000;
}
