// Publication and modification dates from JSON-LD and meta tags, in order of trust.
import { firstString, type JsonObject } from './json-safe';
import type { MetaTags } from './meta-tags';
import { parseMachineDate } from './dates';

const PUBLISHED_META_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'published_time', 'datepublished',
  'parsely-pub-date', 'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date.created', 'dcterms.created',
  'dc.date', 'dcterms.date', 'date', 'pubdate', 'publishdate', 'publish-date', 'publish_date', 'publication_date',
  'publication-date', 'article.published', 'article_date_original', 'original-publish-date', 'release_date',
  'citation_publication_date', 'citation_date', 'cxenseparse:recs:publishtime', 'og:published_time', 'created',
  'article:post_date', 'bt:pubdate', 'live_date', 'pub_date', 'date.available', 'displaydate', 'dateCreated',
];
const MODIFIED_META_KEYS = [
  'article:modified_time', 'og:updated_time', 'article:modified', 'modified_time', 'datemodified', 'dc.date.modified',
  'dcterms.modified', 'last-modified', 'lastmod', 'revised', 'parsely-updated',
];

export interface DatePair {
  published: string | null;
  modified: string | null;
}

export function datesFromJsonLd(article: JsonObject | null, language: string | null): DatePair {
  if (!article) return { published: null, modified: null };
  return {
    published: parseMachineDate(firstString(article.datePublished) ?? firstString(article.dateCreated) ?? firstString(article.uploadDate), language),
    modified: parseMachineDate(firstString(article.dateModified), language),
  };
}

export function datesFromMeta(tags: MetaTags, language: string | null): DatePair {
  const parsely = tags.parselyPage;
  return {
    published: firstDate([...PUBLISHED_META_KEYS.slice(0, 5).map((key) => tags.first(key)), parsely ? firstString(parsely.pub_date) : null,
      ...PUBLISHED_META_KEYS.slice(5).map((key) => tags.first(key))], language),
    modified: firstDate(MODIFIED_META_KEYS.map((key) => tags.first(key)), language),
  };
}

function firstDate(values: (string | null)[], language: string | null): string | null {
  for (const value of values) {
    const date = parseMachineDate(value, language);
    if (date) return date;
  }
  return null;
}
