// Whether a page is one article (first cut; the metadata work replaces this).
import type { BodyExtraction, PageMetadata } from './types';

export function isArticlePage(_doc: Document, meta: PageMetadata, body: BodyExtraction): boolean {
  return body.blocks.length >= 3 && meta.title !== null;
}
