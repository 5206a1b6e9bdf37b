// The publisher's name and the other names the site goes by (used to strip titles and drop publisher bylines).
import { cleanOrNull, uniqueIgnoringCase } from '../../text/normalize';
import { asList, firstString, isJsonObject, type JsonObject } from './json-safe';
import { resolve, type JsonLd } from './jsonld';
import type { MetaTags } from './meta-tags';

export interface PublisherNames {
  /** The name to show ("TRT World"). */
  publisher: string | null;
  /** Every name the site uses for itself, including its host name without "www." and the TLD. */
  siteNames: string[];
}

const ORGANIZATION_TYPES = ['NewsMediaOrganization', 'Organization', 'Corporation', 'WebSite'];

export function findPublisher(article: JsonObject | null, ld: JsonLd, tags: MetaTags, url: string | null): PublisherNames {
  const fromArticle = article ? organizationName(resolve(article.publisher, ld) ?? null, ld) : null;
  const fromGraph = ld.nodes.find((node) => node.depth === 0 && !node.types.includes('Person') && node.types.some((type) => ORGANIZATION_TYPES.includes(type)));
  const graphName = fromGraph ? cleanOrNull(firstString(fromGraph.data.name)) : null;
  const candidates = [
    fromArticle,
    tags.first('og:site_name'),
    graphName,
    tags.first('application-name', 'apple-mobile-web-app-title', 'dc.publisher', 'dcterms.publisher', 'publisher', 'copyright'),
  ];
  const names = candidates.map((name) => cleanOrNull(name)).filter((name): name is string => name !== null && name.length <= 100);
  const host = hostName(url ?? tags.canonical);
  return { publisher: names[0] ?? null, siteNames: uniqueIgnoringCase([...names, ...(host ? [host] : [])]) };
}

function organizationName(value: unknown, ld: JsonLd): string | null {
  for (const item of asList(value as never)) {
    const node = resolve(item, ld);
    if (typeof node === 'string' && !/^https?:/i.test(node)) return cleanOrNull(node);
    if (isJsonObject(node)) {
      const name = cleanOrNull(firstString(node.name) ?? firstString(node.legalName));
      if (name) return name;
    }
  }
  return null;
}

// "https://www.trtworld.com/x" → "trtworld"; subdomains of news sites ("edition.cnn.com") keep the main label.
function hostName(url: string | null): string | null {
  const host = /^[a-z]+:\/\/([^/:?#]+)/i.exec(url ?? '')?.[1]?.toLowerCase();
  if (!host) return null;
  const labels = host.replace(/^www\d?\./, '').split('.');
  if (labels.length < 2) return null;
  const secondLevel = labels.length >= 3 && /^(?:co|com|org|net|gov|ac)$/.test(labels[labels.length - 2] ?? '');
  return labels[labels.length - (secondLevel ? 3 : 2)] ?? null;
}
