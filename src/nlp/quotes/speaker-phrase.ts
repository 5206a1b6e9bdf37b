// Finds the words naming the speaker next to a speech verb: "the Chinese Foreign Ministry (has) said", "said Sun".
import type { Token } from '../tokenize';
import { AUXILIARIES, CLAUSE_OPENERS } from './cues';

/** A token range [first, last] inside one unit's tokens. */
export interface TokenRange { first: number; last: number }

const MAX_SPEAKER_TOKENS = 12;
const PUNCT_BOUNDARY = /^[,;:()[\]—–"“”«»]$/u;

const lower = (t: Token | undefined) => (t ? t.text.toLowerCase() : '');
const isPunct = (t: Token | undefined) => t !== undefined && PUNCT_BOUNDARY.test(t.text);

/** Skips "has", "also", "later"… walking back from just before the verb; returns the index of the last speaker token. */
export function skipAuxiliariesBack(tokens: readonly Token[], from: number, floor: number): number {
  let i = from;
  while (i >= floor && (AUXILIARIES.has(lower(tokens[i])) || isAdverb(tokens[i]))) i -= 1;
  return i;
}

/** Lower-case "-ly" words between a speaker and the verb ("effectively acknowledged"), not nouns such as "family". */
const LY_NOUNS = new Set(['family', 'ally', 'assembly', 'rally', 'supply', 'monopoly', 'anomaly', 'bully', 'belly', 'daily', 'weekly', 'monthly', 'quarterly']);
function isAdverb(token: Token | undefined): boolean {
  return token !== undefined && /^\p{Ll}+ly$/u.test(token.text) && !LY_NOUNS.has(token.text);
}

/** Words that cannot name a speaker on their own: "said Sunday", "said last month". */
export const TIME_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|last|this|next|earlier|later|today|yesterday|tonight|on|in|at)$/i;

/**
 * The speaker phrase ending at `last` (inclusive), walking back to a comma, a clause opener or `floor`.
 * "Sun Weidong, who was in Moscow …, said": when the words right before the verb close an appositive, the
 * phrase before the appositive is the speaker.
 */
export function speakerBefore(tokens: readonly Token[], last: number, floor: number): TokenRange | null {
  let end = skipParenthesisBack(tokens, last, floor);
  // "… downplayed the attack and said": the verb continues a clause; its subject is found elsewhere.
  if (end < floor || /^(?:and|but|or)$/.test(lower(tokens[end]))) return null;
  const closer = tokens[end]?.text;
  // A spaced hyphen stands for a dash: "The report by TNO - which was contracted by Reuters … - found".
  if (closer === ',' || closer === '—' || closer === '–' || closer === '-') {
    // Find the comma (or dash) that opens the appositive; the speaker ends before it.
    let open = end - 1;
    while (open >= floor && tokens[open]?.text !== closer && !/^[;:"“”]$/u.test(tokens[open]?.text ?? '')) open -= 1;
    // Any stretch between two commas (dashes) right before the verb is an appositive ("Kevin Brady, chairman of …, said").
    if (open < floor || tokens[open]?.text !== closer || end - open > 30) return null;
    end = skipParenthesisBack(tokens, open - 1, floor);
    if (end < floor) return null;
  }
  let start = end;
  while (start - 1 >= floor) {
    const previous = tokens[start - 1] as Token;
    if (isPunct(previous) || CLAUSE_OPENERS.has(lower(previous))) break;
    start -= 1;
  }
  if (start > end || isPunct(tokens[end])) return null;
  // A leading "But"/"And" at the sentence start is not part of the name.
  while (start <= end && CLAUSE_OPENERS.has(lower(tokens[start]))) start += 1;
  if (start > end) return null;
  if (end - start + 1 > MAX_SPEAKER_TOKENS) return trailingName(tokens, start, end);
  return { first: start, last: end };
}

/** "Sen. Maria Kovac (D-Ore.) said": a bracketed aside before the verb belongs to the name before it. */
function skipParenthesisBack(tokens: readonly Token[], at: number, floor: number): number {
  if (tokens[at]?.text !== ')') return at;
  let i = at - 1;
  while (i >= floor && tokens[i]?.text !== '(' && at - i < 12) i -= 1;
  return tokens[i]?.text === '(' ? i - 1 : at;
}

/** The speaker phrase starting at `first`, up to a comma, a clause opener or `ceiling` ("…, said Sun Weidong."). */
export function speakerAfter(tokens: readonly Token[], first: number, ceiling: number): TokenRange | null {
  let end = first;
  if (first > ceiling || isPunct(tokens[first]) || CLAUSE_OPENERS.has(lower(tokens[first])) || TIME_WORDS.test(tokens[first]?.text ?? '')) return null;
  while (end + 1 <= ceiling) {
    const next = tokens[end + 1] as Token;
    if (isPunct(next) || CLAUSE_OPENERS.has(lower(next)) || /^[.!?]$/.test(next.text)) break;
    if (end + 1 > first && /^(?:in|on|at|during|after|before|to|from|who|which|when|while|last|this|earlier|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today)$/i.test(next.text)) break;
    end += 1;
  }
  if (end - first + 1 > MAX_SPEAKER_TOKENS) return null;
  return { first, last: end };
}

/** In an over-long phrase, the capitalised run at its end ("In an interview on Sunday Trump"). */
function trailingName(tokens: readonly Token[], start: number, end: number): TokenRange | null {
  // "Several of the experts who reviewed the report at the request of Reuters": the name ends a relative clause.
  for (let i = start; i < end; i += 1) if (/^(?:who|which|that|whom)$/iu.test(tokens[i]?.text ?? '')) return null;
  let first = end;
  while (first - 1 >= start && /^\p{Lu}/u.test(tokens[first - 1]?.text ?? '')) first -= 1;
  return /^\p{Lu}/u.test(tokens[end]?.text ?? '') && end - first < 6 ? { first, last: end } : null;
}
