// What the card says about one entity, picked from the Analysis: pure, so it is tested without a DOM.
import type { Analysis, Entity, Fact, Quote, Span } from '../../src/analysis';

export const MAX_QUOTES = 3;
export const MAX_FACTS = 5;
/** Longer quotes and facts are cut at a word, so the card stays a card. */
export const MAX_TEXT = 220;

export type FactSource =
  | { kind: 'name'; name: string }
  | { kind: 'unnamed' }
  | { kind: 'none' };

export interface CardFact {
  text: string;
  source: FactSource;
}

export interface EntityDetails {
  entity: Entity;
  /** The name of the entity the role belongs to ("China"), when the Analysis knows it. */
  affiliation: string | null;
  mentionCount: number;
  quotes: string[];
  /** Quotes left out after MAX_QUOTES. */
  moreQuotes: number;
  facts: CardFact[];
  moreFacts: number;
}

/** Collapses runs of white space, trims, and cuts at the last word boundary before `max` with an ellipsis. */
export function shorten(text: string, max = MAX_TEXT): string {
  const plain = text.replace(/\s+/gu, ' ').trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/u, '')}…`;
}

function quoteText(quote: Quote): string {
  const text = shorten(quote.text);
  // Direct words are shown as words; reported speech as the paraphrase it is.
  return quote.kind === 'direct' ? `“${text.replace(/^["“]|["”]$/gu, '')}”` : text;
}

function sourceOf(fact: Fact, entities: Map<string, Entity>): FactSource {
  const { kind, source, text } = fact.attribution;
  if (kind === 'none') return { kind: 'none' };
  const named = source ? entities.get(source)?.name ?? source : text;
  if (kind === 'anonymous') return text?.trim() ? { kind: 'name', name: shorten(text, 80) } : { kind: 'unnamed' };
  return named?.trim() ? { kind: 'name', name: shorten(named, 80) } : { kind: 'unnamed' };
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/** Whether two texts share nearly all their words: a quote the page repeats (standfirst and body) with a word changed. */
function nearlySame(a: Set<string>, b: Set<string>): boolean {
  if (a.size === 0 || b.size === 0) return false;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(a.size, b.size) >= 0.8;
}

function withoutRepeats(quotes: Quote[]): Quote[] {
  const kept: { quote: Quote; words: Set<string> }[] = [];
  for (const quote of quotes) {
    const own = words(quote.text);
    if (!kept.some((other) => nearlySame(other.words, own))) kept.push({ quote, words: own });
  }
  return kept.map((entry) => entry.quote);
}

const overlaps = (a: Span, b: Span) => a.block === b.block && a.start < b.end && b.start < a.end;

/** Everything the card shows for entity `id`, or null when the Analysis does not know it. */
export function entityDetails(analysis: Pick<Analysis, 'entities' | 'quotes' | 'facts'>, id: string): EntityDetails | null {
  const entities = new Map(analysis.entities.map((entity) => [entity.id, entity]));
  const entity = entities.get(id);
  if (!entity) return null;
  const spoken = analysis.quotes.filter((quote) => quote.speaker === id && quote.text.trim());
  const quotes = withoutRepeats(spoken);
  // A statement by the entity restates one of its quotes: the quote already shows it.
  const restated = (fact: Fact) => fact.kind === 'statement' && fact.subject === id && spoken.some((quote) => overlaps(quote.span, fact.evidence));
  const facts = analysis.facts.filter((fact) => fact.text.trim() && (fact.subject === id || fact.objects.includes(id)) && !restated(fact));
  return {
    entity,
    affiliation: entity.affiliation ? entities.get(entity.affiliation)?.name ?? null : null,
    mentionCount: entity.mentions.length,
    quotes: quotes.slice(0, MAX_QUOTES).map(quoteText),
    moreQuotes: Math.max(0, quotes.length - MAX_QUOTES),
    facts: facts.slice(0, MAX_FACTS).map((fact) => ({ text: shorten(fact.text), source: sourceOf(fact, entities) })),
    moreFacts: Math.max(0, facts.length - MAX_FACTS),
  };
}
