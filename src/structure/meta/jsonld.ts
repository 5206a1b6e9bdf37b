// Reads schema.org JSON-LD: collects typed nodes across scripts, @graph, arrays and nesting; picks the article.
import { asList, firstString, isJsonObject, parseJsonSafely, type JsonObject, type JsonValue } from './json-safe';

/** A typed JSON-LD node with its schema.org types (prefix-free) and how deep it sat. */
export interface LdNode {
  types: string[];
  data: JsonObject;
  depth: number;
}

export interface JsonLd {
  nodes: LdNode[];
  /** Nodes by @id, to resolve references like {"@id": "#author"}. */
  byId: Map<string, JsonObject>;
}

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
  'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'BlogPosting', 'LiveBlogPosting',
  'SocialMediaPosting', 'DiscussionForumPosting', 'Report', 'ScholarlyArticle', 'TechArticle',
  'SatiricalArticle', 'AdvertiserContentArticle',
]);
// Story-like nodes used only when no article node exists.
const SECONDARY_TYPES = new Set(['Review', 'Recipe', 'VideoObject', 'Episode', 'Event', 'CreativeWork', 'PodcastEpisode']);
// Types that describe pages holding many items rather than one story.
export const LISTING_TYPES = new Set(['CollectionPage', 'SearchResultsPage', 'ItemList', 'WebSite', 'SiteNavigationElement', 'ProfilePage', 'AboutPage', 'ContactPage']);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'MediaPage']);
const MAX_SCRIPTS = 30;
const MAX_COLLECTED = 2_000;

/** Parses every ld+json script of the document; invalid or hostile scripts are skipped. */
export function readJsonLd(scripts: Element[]): JsonLd {
  const result: JsonLd = { nodes: [], byId: new Map() };
  for (let i = 0; i < scripts.length && i < MAX_SCRIPTS; i += 1) {
    collect(parseJsonSafely(scripts[i]?.textContent ?? ''), 0, result);
  }
  return result;
}

function collect(value: JsonValue, depth: number, into: JsonLd): void {
  if (into.nodes.length >= MAX_COLLECTED || depth > 12) return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, depth, into);
    return;
  }
  if (!isJsonObject(value)) return;
  const id = value['@id'];
  const types = typesOf(value);
  if (typeof id === 'string' && Object.keys(value).length > 1 && !into.byId.has(id)) into.byId.set(id, value);
  if (types.length > 0) into.nodes.push({ types, data: value, depth });
  for (const key of Object.keys(value)) {
    if (key === '@context' || key === '@type' || key === '@id') continue;
    const child = value[key];
    if (typeof child === 'object' && child !== null) collect(child, key === '@graph' ? depth : depth + 1, into);
  }
}

/** The node's @type values without the schema.org prefix ("http://schema.org/NewsArticle" → "NewsArticle"). */
export function typesOf(node: JsonObject): string[] {
  return asList(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/)?schema\.org\//i, '').replace(/^schema:/, ''));
}

/** Follows an {"@id": …} reference to the full node when the page defines it elsewhere. */
export function resolve(value: JsonValue | undefined, ld: JsonLd): JsonValue | undefined {
  if (isJsonObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
    return ld.byId.get(value['@id']) ?? value;
  }
  return value;
}

/**
 * The node that describes this page's story: an Article-like node, preferring one whose url matches
 * the page, then the shallowest (related stories sit nested in lists), then the one with most to say.
 */
export function findArticleNode(ld: JsonLd, pageUrls: string[]): JsonObject | null {
  const ofTypes = (types: Set<string>) => ld.nodes.filter((node) => node.types.some((type) => types.has(type)));
  let candidates = ofTypes(ARTICLE_TYPES);
  if (candidates.length === 0) candidates = ofTypes(SECONDARY_TYPES).filter((node) => hasStoryFields(node.data));
  if (candidates.length === 0) candidates = ofTypes(PAGE_TYPES).filter((node) => hasStoryFields(node.data));
  let best: LdNode | null = null;
  let bestScore = -Infinity;
  for (const node of candidates) {
    const score = scoreArticle(node, ld, pageUrls);
    if (score > bestScore) {
      best = node;
      bestScore = score;
    }
  }
  return best?.data ?? null;
}

function hasStoryFields(data: JsonObject): boolean {
  return data.headline !== undefined || data.datePublished !== undefined || data.author !== undefined;
}

function scoreArticle(node: LdNode, ld: JsonLd, pageUrls: string[]): number {
  let score = -node.depth * 2;
  const urls = [node.data.url, resolve(node.data.mainEntityOfPage, ld), node.data['@id']].flatMap((value) => urlsIn(value));
  if (urls.some((url) => pageUrls.some((page) => sameUrl(url, page)))) score += 5;
  for (const key of ['headline', 'datePublished', 'author', 'articleBody', 'publisher', 'image']) if (node.data[key] !== undefined) score += 1;
  if (node.types.some((type) => type.endsWith('NewsArticle') || type === 'Article' || type === 'BlogPosting')) score += 1;
  return score;
}

function urlsIn(value: JsonValue | undefined): string[] {
  return asList(value).flatMap((item) => {
    if (typeof item === 'string') return [item];
    const inner = isJsonObject(item) ? firstString(item['@id']) ?? firstString(item.url) : null;
    return inner ? [inner] : [];
  });
}

function sameUrl(a: string, b: string): boolean {
  const key = (url: string) => url.replace(/^https?:\/\/(?:www\.)?/i, '').replace(/[#?].*$/, '').replace(/\/+$/, '').toLowerCase();
  return key(a) === key(b);
}

/** Every schema.org type the page declares, for telling articles from listings. */
export function declaredTypes(ld: JsonLd): string[] {
  return [...new Set(ld.nodes.filter((node) => node.depth <= 1).flatMap((node) => node.types))];
}
