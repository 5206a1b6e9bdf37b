// Chooses the article's title from the metadata title and the visible headline (first cut; the metadata work replaces this).
import type { PageMetadata } from './types';

export function chooseTitle(_doc: Document, meta: PageMetadata, domHeadline: string | null): string | null {
  return domHeadline ?? meta.title;
}
