// Reads the page's <meta> and <link> tags once into a lookup by lower-cased name, property or itemprop.
import { cleanOrNull } from '../../text/normalize';
import { decodeEntities } from './entities';
import { isJsonObject, parseJsonSafely, type JsonObject } from './json-safe';

export interface MetaTags {
  /** All values of one key, in document order ("og:title", "article:author", "dc.creator"). */
  all(key: string): string[];
  /** The first non-empty value among the keys, trying them in the order given. */
  first(...keys: string[]): string | null;
  /** The parsely-page JSON, when the page has one. */
  parselyPage: JsonObject | null;
  /** href of link[rel=canonical]. */
  canonical: string | null;
  /** Texts and hrefs of link[rel=author]. */
  authorLinks: string[];
}

const MAX_META = 2_000;
const MAX_VALUE_LENGTH = 5_000;

/** Indexes the page's meta and link elements (from scanHead). */
export function readMetaTags(metas: Element[], links: Element[]): MetaTags {
  const values = new Map<string, string[]>();
  const add = (key: string | null, value: string | null) => {
    if (!key || value === null) return;
    const cleaned = cleanOrNull(decodeEntities(value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value));
    if (!cleaned) return;
    for (const part of key.toLowerCase().split(/\s+/)) {
      if (!part) continue;
      const list = values.get(part);
      if (list) list.push(cleaned);
      else values.set(part, [cleaned]);
    }
  };
  let parselyPage: JsonObject | null = null;
  for (let i = 0; i < metas.length && i < MAX_META; i += 1) {
    const meta = metas[i];
    if (!meta) continue;
    const content = meta.getAttribute('content') ?? meta.getAttribute('value');
    const name = meta.getAttribute('name');
    add(name, content);
    add(meta.getAttribute('property'), content);
    add(meta.getAttribute('itemprop'), content);
    add(meta.getAttribute('http-equiv'), content);
    if (name === 'parsely-page' && content && !parselyPage) {
      const parsed = parseJsonSafely(content);
      if (isJsonObject(parsed)) parselyPage = parsed;
    }
  }
  let canonical: string | null = null;
  const authorLinks: string[] = [];
  for (const link of links.slice(0, MAX_META)) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rel.includes('canonical') && canonical === null) canonical = cleanOrNull(link.getAttribute('href'));
    if (rel.includes('author')) {
      const text = cleanOrNull(link.getAttribute('title') ?? link.getAttribute('href'));
      if (text) authorLinks.push(text);
    }
  }
  return {
    all: (key) => values.get(key.toLowerCase()) ?? [],
    first: (...keys) => {
      for (const key of keys) {
        const value = values.get(key.toLowerCase())?.[0];
        if (value) return value;
      }
      return null;
    },
    parselyPage,
    canonical,
    authorLinks,
  };
}
