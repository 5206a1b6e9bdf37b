// The document the fact extractors read: tokens and sentences per block, and entity, time and quote lookups by offset.
import { BODY_KINDS, type Article, type Block, type Entity, type Quote, type Span, type TimeMention } from '../../analysis';
import { splitSentences, type Sentence } from '../sentences';
import { tokenize, type Token } from '../tokenize';

/** A quote as the quote layer returns it; the extra fields are optional so a plain contract Quote works too. */
export interface FactQuote extends Quote {
  anonymous?: boolean;
  speakerSpan?: Span | null;
  cueSpan?: Span | null;
  spans?: Span[];
  via?: string | null;
  viaText?: string | null;
}

export interface FactInput {
  blocks: readonly Block[];
  entities: readonly Entity[];
  times: readonly TimeMention[];
  quotes: readonly FactQuote[];
  article: Article;
}

export interface Mention { entity: Entity; span: Span }

/** A sentence of one block with its tokens (offsets into the block's text). */
export interface SentenceView {
  block: number;
  start: number;
  end: number;
  tokens: Token[];
}

/** Characters read over all blocks; the rest of a huge page is not looked at, so the work stays bounded. */
export const MAX_READ_CHARS = 300_000;
/** Sentences longer than this (in tokens) are not sentences but lists or noise: no events are looked for in them. */
export const MAX_SENTENCE_TOKENS = 160;

export class FactDocument {
  readonly blocks: readonly Block[];
  readonly article: Article;
  readonly quotes: readonly FactQuote[];
  readonly entityById = new Map<string, Entity>();
  /** Body blocks read for events, relations and quantities (not title, dek or captions, which repeat the story). */
  readonly readBlocks: number[] = [];
  private readonly mentionsOf = new Map<number, Mention[]>();
  private readonly timesOf = new Map<number, TimeMention[]>();
  private readonly quotePiecesOf = new Map<number, { quote: FactQuote; span: Span }[]>();
  private readonly sentencesOf = new Map<number, SentenceView[]>();
  private readonly readLimit = new Map<number, number>();
  private lowerWords: Set<string> | null = null;
  private readonly pronouns = new Map<string, 'he' | 'she' | null>();

  constructor(input: FactInput) {
    this.blocks = Array.isArray(input.blocks) ? input.blocks : [];
    this.article = input.article;
    this.quotes = Array.isArray(input.quotes) ? input.quotes : [];
    let budget = MAX_READ_CHARS;
    this.blocks.forEach((block, index) => {
      const length = typeof block?.text === 'string' ? block.text.length : 0;
      this.readLimit.set(index, Math.max(0, Math.min(length, budget)));
      if (budget > 0 && BODY_KINDS.has(block?.kind)) this.readBlocks.push(index);
      budget -= length;
    });
    for (const entity of Array.isArray(input.entities) ? input.entities : []) {
      this.entityById.set(entity.id, entity);
      for (const span of entity.mentions ?? []) if (this.isValid(span)) push(this.mentionsOf, span.block, { entity, span });
    }
    for (const list of this.mentionsOf.values()) list.sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
    for (const time of Array.isArray(input.times) ? input.times : []) if (this.isValid(time.span)) push(this.timesOf, time.span.block, time);
    for (const list of this.timesOf.values()) list.sort((a, b) => a.span.start - b.span.start);
    for (const quote of this.quotes) {
      for (const span of quote.spans?.length ? quote.spans : [quote.span]) if (this.isValid(span)) push(this.quotePiecesOf, span.block, { quote, span });
    }
  }

  text(block: number): string {
    return this.blocks[block]?.text ?? '';
  }

  /** The sentences of a block (within the read budget), tokenised once. */
  sentences(block: number): SentenceView[] {
    const cached = this.sentencesOf.get(block);
    if (cached) return cached;
    const text = this.text(block).slice(0, this.readLimit.get(block) ?? 0);
    const tokens = tokenize(text);
    const views = splitSentences(tokens).map((s: Sentence) => ({ block, start: s.start, end: s.end, tokens: tokens.slice(s.firstToken, s.lastToken + 1) }));
    this.sentencesOf.set(block, views);
    return views;
  }

  /** The sentence of `block` that contains offset `at` (the last one starting at or before it). */
  sentenceAt(block: number, at: number): SentenceView | null {
    const sentences = this.sentences(block);
    const index = firstAfter(sentences, at, (s) => s.start) - 1;
    return sentences[index] ?? null;
  }

  /** Entity mentions lying wholly inside [start, end) of `block`, outermost only ("BRICS Summit", not also "BRICS"). */
  mentionsIn(block: number, start: number, end: number): Mention[] {
    const found: Mention[] = [];
    const list = this.mentionsOf.get(block) ?? [];
    for (let k = firstAfter(list, start - 1, (m) => m.span.start); k < list.length; k += 1) {
      const mention = list[k] as Mention;
      if (mention.span.start >= end) break;
      if (mention.span.start < start || mention.span.end > end) continue;
      const last = found[found.length - 1];
      if (last && mention.span.start < last.span.end) continue;
      found.push(mention);
    }
    return found;
  }

  /** Time mentions lying wholly inside [start, end) of `block`. */
  timesIn(block: number, start: number, end: number): TimeMention[] {
    const list = this.timesOf.get(block) ?? [];
    const found: TimeMention[] = [];
    for (let k = firstAfter(list, start - 1, (t) => t.span.start); k < list.length; k += 1) {
      const time = list[k] as TimeMention;
      if (time.span.start >= end) break;
      if (time.span.end <= end) found.push(time);
    }
    return found;
  }

  /** The quote whose content holds [start, end) of `block`, if any. */
  quoteHolding(block: number, start: number, end: number): FactQuote | null {
    for (const piece of this.quotePiecesOf.get(block) ?? []) {
      if (piece.span.start <= start && piece.span.end >= end) return piece.quote;
    }
    return null;
  }

  /** Content pieces of quotes in `block` that overlap [start, end). */
  quotePiecesIn(block: number, start: number, end: number): { quote: FactQuote; span: Span }[] {
    return (this.quotePiecesOf.get(block) ?? []).filter((p) => p.span.start < end && p.span.end > start);
  }

  /**
   * "he" or "she" when the page refers to the person so: the pronoun that most often follows their mentions within a
   * few words ("Epstein … his", "Giuffre said she"); null when it cannot tell.
   */
  pronounOf(entity: Entity): 'he' | 'she' | null {
    const known = this.pronouns.get(entity.id);
    if (known !== undefined) return known;
    let he = 0;
    let she = 0;
    for (const span of entity.mentions ?? []) {
      if (!this.isValid(span)) continue;
      // Right after the name and a verb of saying or thinking ("Giuffre said she", "Trump himself"); not "sex with
      // Giuffre and said he", where the name is an object.
      const after = /^\s+(?:(?:has|had|also|later|then|previously)\s+)*(?:(?:said|says|told\s+\S+|added|wrote|claimed|insisted|testified|recalled|acknowledged|argued|believed|thought|felt|knew|hoped|feared|admitted|denied|explained)\s+(?:that\s+)?)?(he|himself|she|herself)\b/iu.exec(this.text(span.block).slice(span.end, span.end + 40));
      if (!after) continue;
      if (/^(?:he|himself)$/iu.test(after[1] as string)) he += 1;
      else she += 1;
    }
    const found = he >= 2 * she + 1 ? 'he' : she >= 2 * he + 1 ? 'she' : null;
    this.pronouns.set(entity.id, found);
    return found;
  }

  /** Whether the body writes `word` in lower case somewhere ("just" for a sentence opening "Just over …"). */
  writesLower(word: string): boolean {
    if (!this.lowerWords) {
      this.lowerWords = new Set();
      for (const block of this.readBlocks) for (const found of this.text(block).slice(0, this.readLimit.get(block) ?? 0).matchAll(/(?<![\p{L}\p{N}])\p{Ll}+/gu)) this.lowerWords.add(found[0]);
    }
    return this.lowerWords.has(word);
  }

  name(id: string | null): string | null {
    return id === null ? null : this.entityById.get(id)?.name ?? null;
  }

  private isValid(span: Span | undefined): span is Span {
    if (!span || !Number.isInteger(span.block) || !Number.isInteger(span.start) || !Number.isInteger(span.end)) return false;
    const text = this.blocks[span.block]?.text;
    return typeof text === 'string' && span.start >= 0 && span.end <= text.length && span.start <= span.end;
  }
}

/** Index of the first item whose key is greater than `value` (items sorted by key). */
function firstAfter<T>(items: readonly T[], value: number, key: (item: T) => number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (key(items[middle] as T) <= value) low = middle + 1;
    else high = middle;
  }
  return low;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
