// Page metadata (first cut; the metadata work replaces this): title and language from the head.
import { cleanOrNull } from '../text/normalize';
import type { PageMetadata } from './types';

export function extractMetadata(doc: Document, url: string | null): PageMetadata {
  const meta = (name: string) =>
    cleanOrNull(doc.querySelector(`meta[property="${name}"], meta[name="${name}"]`)?.getAttribute('content'));
  return {
    title: meta('og:title') ?? cleanOrNull(doc.title),
    description: meta('og:description') ?? meta('description'),
    section: meta('article:section'),
    authors: [],
    publisher: meta('og:site_name'),
    publishedAt: meta('article:published_time'),
    modifiedAt: meta('article:modified_time'),
    language: cleanOrNull(doc.documentElement?.getAttribute('lang')),
    canonicalUrl: cleanOrNull(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ?? url,
    image: null,
    wire: [],
  };
}
