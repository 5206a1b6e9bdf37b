// Who a fact comes from: the quote it sits in, an "according to X" in its sentence, else the article's credit.
import type { Fact, Span } from '../../analysis';
import type { FactDocument, FactQuote } from './document';

export type Attribution = Fact['attribution'];

/** Head words of unnamed speakers that are institutions, not people: "the ministry said", "the port operator said". */
const INSTITUTION_WORDS = /\b(?:ministry|ministries|government|union|operator|company|firm|agency|office|department|police|army|military|council|committee|court|newspaper|paper|broadcaster|bank|authority|authorities|administration|commission|embassy|party|group|organi[sz]ation|service|statement|board|parliament|state|kremlin|white house|pentagon)\b/iu;

/** Unnamed speakers that are writings: "a report said", "one estimate found", "the data show". */
const DOCUMENT_WORDS = /\b(?:report|reports|study|studies|survey|surveys|estimate|estimates|data|document|documents|filing|filings|letter|memo|analysis|poll|polls|records|figures|statistics)\b/iu;

/** The attribution of a quote's own words. */
export function quoteAttribution(doc: FactDocument, quote: FactQuote): Attribution {
  const text = quote.via && quote.viaText ? `${quote.speakerText ?? ''}, according to ${quote.viaText}`.replace(/^, /u, '') : quote.speakerText ?? null;
  if (quote.anonymous) return { kind: 'anonymous', source: null, text };
  const entity = quote.speaker ? doc.entityById.get(quote.speaker) : undefined;
  if (entity) return { kind: entity.type === 'person' ? 'named' : 'organization', source: entity.id, text };
  if (!quote.speakerText) return { kind: 'none', source: null, text: null };
  // "He said" with no one to point back to: someone named, but not a name to give.
  if (/^(?:he|she|they|it|we|i|who|which|that)$/iu.test(quote.speakerText.trim())) return { kind: 'named', source: null, text };
  const words = quote.speakerText.trim();
  if (DOCUMENT_WORDS.test(words)) return { kind: 'document', source: words, text };
  if (INSTITUTION_WORDS.test(words)) return { kind: 'organization', source: words, text };
  // A name the entity layer missed ("FNV Havens") is named; a common noun ("one estimate", "some consumers") is not.
  if (/^\p{Lu}/u.test(words) && !/^(?:the|a|an|some|one|many|several|most|other|these|those|this|that|about|around|nearly|almost|more|less|fewer|over|up|at|all|both|each|every|no|\d)/iu.test(words)) return { kind: 'named', source: words, text };
  return { kind: 'anonymous', source: null, text };
}

/**
 * The attribution of a fact at `evidence`: the speaker of the quote whose content holds it; else the source its
 * sentence reports it from ("…, according to the ministry", "X said …"); else the wire, the publisher or authors.
 */
export function factAttribution(doc: FactDocument, evidence: Span, sentence: { start: number; end: number }): Attribution {
  const holding = doc.quoteHolding(evidence.block, evidence.start, evidence.end);
  if (holding) return quoteAttribution(doc, holding);
  const reporting = doc.quotes.find((q) => q.span.block === evidence.block && q.span.start < sentence.end && q.span.end > sentence.start && (q.via || /^according to$/iu.test(q.cue ?? '')));
  if (reporting?.via) {
    const via = doc.entityById.get(reporting.via);
    if (via) return { kind: via.type === 'person' ? 'named' : 'organization', source: via.id, text: `according to ${reporting.viaText ?? via.name}` };
  }
  if (reporting) return quoteAttribution(doc, reporting);
  return documentAttribution(doc);
}

/** The article's own credit: its wire agency, else its publisher or authors, else none. */
export function documentAttribution(doc: FactDocument): Attribution {
  const article = doc.article;
  const wire = (article?.wire ?? []).filter((w) => typeof w === 'string' && w.trim());
  if (wire.length > 0) return { kind: 'wire', source: wire[0] as string, text: wire.join(', ') };
  const authors = (article?.authors ?? []).filter((a) => typeof a === 'string' && a.trim());
  const source = article?.publisher?.trim() || (authors.length ? authors.join(', ') : null);
  return source ? { kind: 'document', source, text: null } : { kind: 'none', source: null, text: null };
}
