// The Sources summary: who stands behind the story (authors, publisher, wire, photo credits, quoted people).
import type { Article, Sources } from './analysis';

/** Sources known from the article's structure alone; quotes and facts add named/anonymous counts later. */
export function sourcesOf(article: Article): Sources {
  const photo = article.image?.credit ? [article.image.credit] : [];
  return {
    authors: [...article.authors],
    publisher: article.publisher,
    wire: [...article.wire],
    photo,
    named: [],
    anonymous: 0,
    unattributed: 0,
  };
}
