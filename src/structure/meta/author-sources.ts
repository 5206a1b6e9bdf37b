// Chooses the authors from the most trusted source that names a person: JSON-LD, meta tags, then the DOM.
import { asList, firstString, isJsonObject, type JsonObject, type JsonValue } from './json-safe';
import { resolve, typesOf, type JsonLd } from './jsonld';
import type { MetaTags } from './meta-tags';
import { addCredit, cleanAuthors, type CleanedByline } from './authors';
import { agencyAsPrinted } from '../agencies';

// Meta keys that hold bylines, in order of trust.
const AUTHOR_META_KEYS = [
  'author', 'article:author', 'articleauthor', 'article:author_name', 'og:article:author', 'parsely-author', 'sailthru.author',
  'dc.creator', 'dcterms.creator', 'citation_author', 'byl', 'cxenseparse:author', 'author_name', 'news_keywords:author',
];

/** Bylines from JSON-LD: Person names go to authors; organisations that are agencies go to wire. */
export function authorsFromJsonLd(article: JsonObject | null, ld: JsonLd, publisherNames: string[]): CleanedByline {
  const names: string[] = [];
  const wire: string[] = [];
  if (!article) return { authors: [], wire };
  for (const item of [...asList(article.author), ...asList(article.creator)].slice(0, 50)) {
    const node = resolve(item, ld);
    const name = personName(node, wire);
    if (name) names.push(name);
  }
  const cleaned = cleanAuthors(names, publisherNames);
  for (const agency of cleaned.wire) addCredit(wire, agency);
  return { authors: cleaned.authors, wire };
}

function personName(node: JsonValue | undefined, wire: string[]): string | null {
  if (typeof node === 'string') return /^https?:|^\/|^www\./i.test(node.trim()) ? null : node;
  if (!isJsonObject(node)) return null;
  const name = firstString(node.name) ?? joinNameParts(node);
  if (!name || /^https?:/i.test(name)) return null;
  const types = typesOf(node);
  if (types.length > 0 && !types.includes('Person')) {
    // Organisations are never people; an agency among them is the wire credit.
    const agency = agencyAsPrinted(name);
    if (agency) addCredit(wire, agency);
    return null;
  }
  return name;
}

function joinNameParts(node: JsonObject): string | null {
  const given = firstString(node.givenName);
  const family = firstString(node.familyName);
  return given && family ? `${given} ${family}` : null;
}

/** Bylines from meta tags and the parsely-page JSON, taking the first key that yields a person. */
export function authorsFromMeta(tags: MetaTags, publisherNames: string[]): CleanedByline {
  const wire: string[] = [];
  const sources: string[][] = AUTHOR_META_KEYS.map((key) => tags.all(key));
  const parselyAuthors = tags.parselyPage ? asList(tags.parselyPage.authors ?? tags.parselyPage.author) : [];
  sources.splice(5, 0, parselyAuthors.filter((value): value is string => typeof value === 'string'));
  sources.push(labelledTwitterData(tags));
  for (const values of sources) {
    if (values.length === 0) continue;
    const cleaned = cleanAuthors(values.filter((value) => !/^https?:\/\//i.test(value)), publisherNames);
    for (const agency of cleaned.wire) addCredit(wire, agency);
    if (cleaned.authors.length > 0) return { authors: cleaned.authors, wire };
  }
  return { authors: [], wire };
}

// Twitter's label/data pairs: SEO plugins print the byline as twitter:label1 "Written by", twitter:data1 "Jane Doe".
const WRITTEN_BY_LABEL = /^(?:written by|author|by|autor(?:in)?|verfasst von|geschrieben von|auteur|écrit par|escrito por|autor|scritto da)$/i;

function labelledTwitterData(tags: MetaTags): string[] {
  for (let n = 1; n <= 4; n += 1) {
    const label = tags.first(`twitter:label${n}`);
    if (label && WRITTEN_BY_LABEL.test(label.trim())) return tags.all(`twitter:data${n}`).slice(0, 1);
  }
  return [];
}
