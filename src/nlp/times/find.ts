// Finds date and time expressions in one block with chrono-node, in bounded chunks so no text can stall it.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';

/** One expression chrono read, with offsets into the block text (leading "on"/"at"/"in" left out). */
export interface ChronoCandidate {
  start: number;
  end: number;
  /** The words chrono read before the mention and the mention leaves out ("in ", "for the "). */
  prefix: string;
  result: ParsedResult;
}

interface Parser {
  parse(text: string, reference?: Date | { instant: Date }, option?: { forwardDate?: boolean }): ParsedResult[];
}

/** Longest piece of text given to chrono at once: its cost grows with the text, and results never cross sentences. */
const CHUNK = 2_000;
// A chunk with none of these cannot hold anything kept later (numeric dates are kept only with a 4-digit year),
// so chrono, the costly part, is not asked about it.
const MAY_HOLD_DATE =
  /\d{4}|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|yesterday|today|tonight|tomorrow|week|month|year|ago|night|morning|evening|afternoon|\bdays?\b/i;
// chrono keeps a dangling "of" when no year follows ("March of Dimes" → "March of").
const TRAILING_PUNCTUATION = /(?:[\s,;:]|\s+of)+$/;
const LEADING_PREPOSITION = /^\s*(?:(?:on|at|in|by|from|since|during|of|the|for|within)\s+)*/i;

/** chrono's casual parser for a language (English unless another one chrono knows is given). */
export function parserFor(language: string | null | undefined): Parser | null {
  const code = (language ?? 'en').slice(0, 2).toLowerCase();
  if (code === 'en' || code === '') return chrono.casual as Parser;
  const locale = (chrono as unknown as Record<string, { casual?: Parser } | undefined>)[code];
  return locale?.casual ?? null;
}

/**
 * chrono's expressions in `text`, in order. `budget.results` counts raw results across blocks; once it is
 * spent no more text is parsed (pages made of nothing but dates would otherwise take seconds).
 */
export function findChronoCandidates(text: string, parser: Parser, reference: Date, budget: { results: number }): ChronoCandidate[] {
  const found: ChronoCandidate[] = [];
  for (const [from, to] of chunks(text)) {
    if (budget.results <= 0) break;
    const piece = text.slice(from, to);
    if (!MAY_HOLD_DATE.test(piece)) continue;
    let results: ParsedResult[];
    try {
      results = parser.parse(piece, { instant: reference }, { forwardDate: false });
    } catch {
      continue;
    }
    budget.results -= results.length;
    for (const result of results) {
      const prefix = LEADING_PREPOSITION.exec(result.text)?.[0] ?? '';
      const lead = prefix.length;
      const start = from + result.index + lead;
      // chrono keeps the comma of "In March, officials met" in its text; the mention should not.
      const end = from + result.index + result.text.replace(TRAILING_PUNCTUATION, '').length;
      if (end > start) found.push({ start, end, prefix, result });
    }
  }
  return found;
}

/** [start, end) pieces of at most CHUNK characters, cut after a sentence end or at a space when there is one. */
function* chunks(text: string): Generator<[number, number]> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(text.length, from + CHUNK);
    if (to < text.length) {
      const window = text.slice(from, to);
      const sentenceEnd = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
      const space = window.lastIndexOf(' ');
      const cut = sentenceEnd > CHUNK / 2 ? sentenceEnd + 1 : space > CHUNK / 2 ? space : -1;
      if (cut > 0) to = from + cut;
      // Never split a surrogate pair: an emoji cut in half is no longer text.
      else if (/[\uD800-\uDBFF]/.test(text.charAt(to - 1))) to -= 1;
    }
    yield [from, to];
    from = to;
  }
}
