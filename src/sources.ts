// The Sources summary: who stands behind the story (authors, publisher, wire, photo credits, who is quoted how often).
import type { Article, Fact, Quote, Sources } from './analysis';

/** A quote as the summary reads it: anonymous sources are flagged by the quote layer. */
type CountedQuote = Pick<Quote, 'speaker'> & { anonymous?: boolean };

/**
 * Sources from the article's structure, quotes and facts: each named speaker with the number of quotes, most
 * quoted first (ties in order of first quote), the number of quotes from anonymous sources, and the facts that
 * stand with no source at all (not even the article's wire credit or byline).
 */
export function sourcesOf(article: Article, quotes: readonly CountedQuote[] = [], facts: readonly Pick<Fact, 'attribution'>[] = []): Sources {
  const photo = article.image?.credit ? [article.image.credit] : [];
  const counts = new Map<string, number>();
  let anonymous = 0;
  for (const quote of quotes) {
    if (quote.speaker) counts.set(quote.speaker, (counts.get(quote.speaker) ?? 0) + 1);
    else if (quote.anonymous) anonymous += 1;
  }
  const named = [...counts].map(([entity, count]) => ({ entity, quotes: count })).sort((a, b) => b.quotes - a.quotes);
  return {
    authors: [...article.authors],
    publisher: article.publisher,
    wire: [...article.wire],
    photo,
    named,
    anonymous,
    unattributed: facts.filter((fact) => fact.attribution.kind === 'none').length,
  };
}
