// The shared vocabulary of the attribution patterns: a unit's text and tokens, and content ranges cut from them.
import type { Token } from '../tokenize';
import type { StretchIndex } from './stretch-index';
import type { TokenRange } from './speaker-phrase';
import type { Unit } from './units';

/** Offsets [start, end) in the block text. */
export interface Range { start: number; end: number }

export interface RawAttribution {
  content: Range;
  /** More pieces of the same statement: the second half of `"…," he said, "…"`. */
  moreContent: Range[];
  speaker: Range | null;
  /** The speaker is the clause's subject, not words next to the cue ("X criticised Y, saying …"). */
  speakerIsSubject: boolean;
  cue: Range;
  /** "…, according to the ministry" beside another cue: who passed the statement on. */
  via: Range | null;
}

/** What the matcher needs to know about the block around a unit. */
export interface UnitContext {
  text: string;
  tokens: readonly Token[];
  /** Quoted stretches of the block, [start, end) with their marks. */
  marks: StretchIndex;
}

export const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
export const QUOTE_MARK = /^["“”«»„]$/u;
export const TERMINAL = /^[.!?…]+$/u;
export const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'this', 'that']);
export const MIN_CONTENT_WORDS = 3;

export function findAhead(tokens: readonly Token[], from: number, last: number, limit: number, test: (t: Token) => boolean): number {
  for (let i = from; i <= last && i < from + limit; i += 1) if (test(tokens[i] as Token)) return i;
  return -1;
}

/** The unit's last token that is not its full stop (a closing quote mark after the stop counts as a word). */
export function lastWord(tokens: readonly Token[], unit: Unit): number {
  let last = unit.last;
  while (last > unit.first && TERMINAL.test((tokens[last] as Token).text)) last -= 1;
  return last;
}

export function isClosingMark(context: UnitContext, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && QUOTE_MARK.test(token.text) && context.marks.endsAt(token.end);
}

export function isBoundary(context: UnitContext, index: number): boolean {
  const text = context.tokens[index]?.text;
  return text === ',' || text === ';' || text === '—' || isClosingMark(context, index);
}

/** Content from the unit start to just before token `boundary` (a comma or a closing mark, kept when it is a mark). */
export function contentBefore(context: UnitContext, unit: Unit, boundary: number): Range | null {
  const { tokens } = context;
  const start = (tokens[unit.first] as Token).start;
  const boundaryToken = tokens[boundary] as Token;
  const end = isClosingMark(context, boundary) ? boundaryToken.end : boundaryToken.start;
  // A quotation may be a single word ("“No,” she said."); reported speech needs a few.
  const minWords = isClosingMark(context, boundary) && QUOTE_MARK.test((tokens[unit.first] as Token).text) ? 1 : MIN_CONTENT_WORDS;
  // A dateline ("NEW YORK, Nov. 19 (UPI) — Clinton said …") is no statement.
  if (/^\p{Lu}{2,}$/u.test((tokens[unit.first] as Token).text) && wordCount(tokens, unit.first, boundary) <= 6) return null;
  return wordCount(tokens, unit.first, boundary) >= minWords ? trim(context.text, start, end) : null;
}

/** Content from token `from` to the unit end, without the final full stop outside quotes. */
export function contentFrom(context: UnitContext, unit: Unit, from: number, minWords = MIN_CONTENT_WORDS): Range | null {
  const { tokens } = context;
  const last = lastWord(tokens, unit);
  if (from > last || wordCount(tokens, from, last + 1) < minWords) return null;
  return trim(context.text, (tokens[from] as Token).start, (tokens[last] as Token).end);
}

export function wordCount(tokens: readonly Token[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i += 1) if (/[\p{L}\p{N}]/u.test(tokens[i]?.text ?? '')) count += 1;
  return count;
}

export function rangeOf(tokens: readonly Token[], range: TokenRange): Range {
  return { start: (tokens[range.first] as Token).start, end: (tokens[range.last] as Token).end };
}

export function trim(text: string, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && /[\s,;:—–]/u.test(text[s] as string)) s += 1;
  while (e > s && /[\s,;:—–]/u.test(text[e - 1] as string)) e -= 1;
  return e > s ? { start: s, end: e } : null;
}
