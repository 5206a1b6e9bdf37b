// Who said what: the quotes of an article (direct, indirect, mixed) with their cue and speaker, as the contract's Quote[].
import type { Block, Entity, Quote, Span } from '../../analysis';
import { tokenize, type Token } from '../tokenize';
import { findAttribution } from './clauses';
import type { RawAttribution, UnitContext } from './unit-text';
import { normaliseDoubleApostrophes } from './marks';
import { deniedBy, isPromotion, sourceIn } from './not-speakers';
import { findQuotedStretches, type QuotedStretch } from './quote-marks';
import { SpeakerResolver } from './speakers';
import { StretchIndex } from './stretch-index';
import { unitsOf, type Unit } from './units';

/** A Quote with what the contract leaves out: the speaker's and cue's places, an anonymity flag, the reporting source. */
export interface ExtractedQuote extends Quote {
  /** True for unnamed sources ("officials said", "a source familiar with the matter"); `speaker` is then null. */
  anonymous: boolean;
  /** Where speakerText is; null with it. */
  speakerSpan: Span | null;
  cueSpan: Span | null;
  /** All pieces of the content: several for `"…," he said, "…"` and for a quote over several paragraphs. */
  spans: Span[];
  /** "…, according to the ministry" after another speaker's words: the entity that passed them on. */
  via: string | null;
  viaText: string | null;
}

export interface ExtractQuotesOptions {
  /** Characters read over all blocks (default 300 000); later blocks are not read. */
  maxChars?: number;
}

/** The kinds whose text is the story's (as extractEntities reads them): no captions. */
const READ_KINDS = new Set<Block['kind']>(['title', 'dek', 'paragraph', 'heading', 'quote', 'list-item']);
const OPENING = /^\s*["“„«‟]/u;
/** A quoted stretch with its position among all stretches of the page. */
type IndexedStretch = QuotedStretch & { index: number };

/** Statements reported inside statements, at most this deep. */
const MAX_NESTED = 3;
const NESTED_CUES = new Set(['said', 'says', 'told', 'say']);

/**
 * The quotes of `blocks`, in reading order, with speakers resolved against `entities` (from extractEntities on the
 * same blocks). Pure and total: any input gives (possibly no) quotes, never throws.
 */
export function extractQuotes(blocks: readonly Block[], entities: readonly Entity[], options: ExtractQuotesOptions = {}): ExtractedQuote[] {
  const maxChars = options.maxChars ?? 300_000;
  let budget = maxChars;
  const readable = blocks.map((block) => {
    const ok = READ_KINDS.has(block.kind) && budget > 0;
    budget -= block.text.length;
    return ok;
  });
  // Marks are read on a copy with '' … '' rewritten; offsets are the same, so spans and slices use the original.
  const marked = blocks.map((block) => ({ ...block, text: normaliseDoubleApostrophes(block.text) }));
  const stretches = findQuotedStretches(marked, (index) => readable[index] === true).map((s, index) => ({ ...s, index }));
  const stretchesOf = new Map<number, IndexedStretch[]>();
  for (const stretch of stretches) {
    const list = stretchesOf.get(stretch.block);
    if (list) list.push(stretch);
    else stretchesOf.set(stretch.block, [stretch]);
  }
  const resolver = new SpeakerResolver(entities);
  const quotes: ExtractedQuote[] = [];
  /** Stretch index → the quote it opened, so continuation paragraphs join it. */
  const quoteOfStretch = new Map<number, ExtractedQuote>();
  blocks.forEach((block, b) => {
    if (!readable[b]) return;
    const marks = new StretchIndex(stretchesOf.get(b) ?? []);
    const opening = marks.stretches[0];
    const continuation = opening && opening.continues >= 0 ? opening : undefined;
    const working = (marked[b] as Block).text;
    const tokens = tokenize(working);
    const context = { text: working, tokens, marks };
    for (const unit of unitsOf(tokens, marks)) {
      const unitStart = tokens[unit.first]?.start ?? 0;
      const unitEnd = tokens[unit.last]?.end ?? 0;
      // A paragraph that continues a quote from the one before: its words belong to that quote.
      if (continuation && continuation.start <= unitStart && continuation.end >= unitEnd) {
        const owner = quoteOfStretch.get(continuation.continues);
        if (owner) {
          owner.spans.push({ block: b, start: continuation.start, end: continuation.end });
          owner.text = `${owner.text} ${stripMarks(block.text.slice(continuation.start, continuation.end))}`.trim();
          quoteOfStretch.set(continuation.index, owner);
          continue;
        }
      }
      // The page's own promotion ("Sign up to get it in your inbox") reports nobody's words.
      if (isPromotion(working.slice(unitStart, unitEnd))) continue;
      const found = findAttribution(context, unit);
      if (!found) {
        const alone = wholeQuotation(marks, working, unitStart, unitEnd);
        const previous = quotes[quotes.length - 1];
        if (alone && previous) {
          const owner = continueQuote(previous, alone, block.text, b, quotes);
          if (owner && !alone.closed) quoteOfStretch.set(alone.index, owner);
        }
        continue;
      }
      // A statement may report another one ("The Post reported that Trump said …"): both are quotes.
      let next: RawAttribution | null = found;
      for (let depth = 0; next && depth < MAX_NESTED; depth += 1) {
        // Words in the speaker's place that deny the statement ("Neither side believes"): no quote.
        if (next.speaker && deniedBy(block.text.slice(next.speaker.start, next.speaker.end))) {
          next = laterIn(context, unit, next);
          continue;
        }
        // "progressive groups that say …": the noun before the relative pronoun speaks; "rejects any indicators that
        // suggest …" is a clause, not a name: the statement has no named source.
        if (next.speaker) next = { ...next, speaker: sourceIn(block.text, next.speaker) };
        const quote = toQuote(block.text, working, b, next, marks, resolver, quotes.length, quotes[quotes.length - 1]);
        quotes.push(quote);
        for (const s of marks.overlapping(next.content.start, next.content.end)) {
          if (!s.closed && s.start >= next.content.start) quoteOfStretch.set(s.index, quote);
        }
        next = nestedIn(context, unit, next) ?? laterIn(context, unit, next);
      }
    }
  });
  return quotes;
}

function toQuote(text: string, working: string, block: number, found: RawAttribution, marks: StretchIndex<IndexedStretch>, resolver: SpeakerResolver, index: number, previous: ExtractedQuote | undefined): ExtractedQuote {
  const previousSpeaker = previous?.speaker ? { entity: previous.speaker, block: previous.span.block } : null;
  const pieces = [found.content, ...found.moreContent].map((piece) => widenToApostrophes(piece, text));
  const speakerSpan = found.speaker ? { block, ...found.speaker } : null;
  const speakerText = found.speaker ? text.slice(found.speaker.start, found.speaker.end) : null;
  const resolution = speakerSpan && speakerText ? resolver.resolve(speakerText, speakerSpan, previousSpeaker) : { entity: null, anonymous: false };
  const viaSpan = found.via ? { block, ...found.via } : null;
  const viaText = found.via ? text.slice(found.via.start, found.via.end) : null;
  const kind = kindOf(working, pieces, marks);
  const first = pieces[0] as { start: number; end: number };
  const last = pieces[pieces.length - 1] as { start: number; end: number };
  return {
    id: `q${index + 1}`,
    kind,
    text: pieces.map((p) => (kind === 'direct' ? stripMarks(text.slice(p.start, p.end)) : text.slice(p.start, p.end))).join(' '),
    span: { block, start: first.start, end: last.end },
    speaker: resolution.entity,
    speakerText,
    cue: text.slice(found.cue.start, found.cue.end),
    anonymous: resolution.anonymous,
    speakerSpan,
    cueSpan: { block, ...found.cue },
    spans: pieces.map((p) => ({ block, ...p })),
    via: viaSpan && viaText ? resolver.resolve(viaText, viaSpan).entity : null,
    viaText,
  };
}

/** A statement reported inside `outer`'s content ("… reported that Trump said …"), by a core speech verb only. */
function nestedIn(context: UnitContext, unit: Unit, outer: RawAttribution): RawAttribution | null {
  if (outer.content.start < outer.cue.end) return null;
  const inner = firstTokenFrom(context.tokens, outer.content.start, unit.first);
  if (inner > unit.last) return null;
  const found = findAttribution(context, { first: inner, last: unit.last });
  return found && NESTED_CUES.has(context.text.slice(found.cue.start, found.cue.end)) ? found : null;
}

/** Another statement after this one in the same unit (`"…," he said, adding that …`). */
function laterIn(context: UnitContext, unit: Unit, outer: RawAttribution): RawAttribution | null {
  const end = Math.max(outer.content.end, outer.cue.end, outer.speaker?.end ?? 0, ...outer.moreContent.map((r) => r.end));
  const after = firstTokenFrom(context.tokens, end, unit.first);
  if (after > unit.last) return null;
  const found = findAttribution(context, { first: after, last: unit.last });
  // ", adding that …" after a quote: the participle's subject is the speaker of that quote.
  return found && found.speakerIsSubject && outer.speaker ? { ...found, speaker: outer.speaker } : found;
}

/** Index of the first token at or after `offset`, not before token `floor` (tokens are in text order). */
function firstTokenFrom(tokens: readonly Token[], offset: number, floor: number): number {
  let low = floor;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((tokens[middle] as Token).start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** A piece found on the rewritten text covers both apostrophes of a '' mark in the original. */
function widenToApostrophes(piece: { start: number; end: number }, original: string): { start: number; end: number } {
  const start = piece.start >= 1 && original.startsWith("''", piece.start - 1) ? piece.start - 1 : piece.start;
  const end = piece.end >= 1 && piece.end < original.length && original.startsWith("''", piece.end - 1) ? piece.end + 1 : piece.end;
  return { start, end };
}

/** The quoted stretch that makes up the whole unit (bar its full stop), when there is one with a few words. */
function wholeQuotation(marks: StretchIndex<IndexedStretch>, text: string, start: number, end: number): IndexedStretch | null {
  const stretch = marks.startingAt(start);
  if (!stretch || stretch.end < end - 2 || /[^\s.!?…]/u.test(text.slice(stretch.end, end))) return null;
  return (text.slice(stretch.start, stretch.end).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 ? stretch : null;
}

/**
 * A quotation with no cue of its own right after a quote goes on with the same speaker: in the same paragraph it
 * is another piece of that quote (`"…," he said. "…"`), in the next paragraph a new quote by the same speaker.
 */
function continueQuote(previous: ExtractedQuote, stretch: QuotedStretch, text: string, block: number, quotes: ExtractedQuote[]): ExtractedQuote | null {
  const piece = { block, start: stretch.start, end: stretch.end };
  const words = stripMarks(text.slice(stretch.start, stretch.end));
  if (previous.span.block === block) {
    previous.spans.push(piece);
    previous.span = { ...previous.span, end: Math.max(previous.span.end, piece.end) };
    previous.text = `${previous.text} ${words}`;
    return previous;
  }
  const lastBlock = previous.spans[previous.spans.length - 1]?.block ?? previous.span.block;
  if (lastBlock !== block - 1) return null;
  const next: ExtractedQuote = { ...previous, id: `q${quotes.length + 1}`, kind: 'direct', text: words, span: piece, spans: [piece], cue: null, cueSpan: null };
  quotes.push(next);
  return next;
}

/** Direct when every piece is one quotation, mixed when quotation marks are inside reported speech, else indirect. */
function kindOf(text: string, pieces: readonly { start: number; end: number }[], marks: StretchIndex<IndexedStretch>): Quote['kind'] {
  const whole = pieces.every((p) => marks.overlapping(p.start, p.end).some((s) => s.start <= p.start + 1 && s.end >= p.end - 1 && OPENING.test(text.slice(p.start, p.start + 2))));
  if (whole) return 'direct';
  const partial = pieces.some((p) => marks.overlapping(p.start, p.end).length > 0);
  return partial ? 'mixed' : 'indirect';
}

/** The words of a quotation without its outer marks and trailing comma. */
function stripMarks(quoted: string): string {
  return quoted.replace(/^\s*(?:''|["“„«‟])/u, '').replace(/,?(?:''|["”»“])?\s*$/u, '').replace(/,$/u, '').trim();
}
