// Splits a block's text into sentences on its tokens: full stops, question and exclamation marks, not abbreviations.
import { mayEndSentence } from './abbreviations';
import type { Token } from './tokenize';

/** A sentence as a token range [first, last] and its UTF-16 offsets into the block text. */
export interface Sentence {
  start: number;
  end: number;
  firstToken: number;
  lastToken: number;
}

const TERMINAL = /^(?:[.!?…]+|\.{2,})$/u;
/** Closing quotes and brackets stay with the sentence they close: `… century."` */
const CLOSING = /^[”’"'»)\]}›」』]$/u;
/** Words that open a new sentence after an abbreviation such as "U.S." or "Inc.". */
const SENTENCE_OPENERS = new Set([
  'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we', 'i', 'you', 'his', 'her', 'its', 'their', 'this', 'that', 'these',
  'those', 'but', 'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'after', 'before', 'when', 'while', 'if', 'as',
  'there', 'here', 'what', 'who', 'why', 'how', 'meanwhile', 'however', 'also', 'both', 'some', 'many', 'most',
]);

/** The sentences of one block, in order; every token belongs to exactly one sentence. */
export function splitSentences(tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    const next = tokens[i + 1];
    let last = -1;
    if (token.kind === 'punctuation' && TERMINAL.test(token.text)) {
      last = i;
    } else if (token.kind === 'word' && next && mayEndSentence(token.text) && opensSentence(next)) {
      last = i;
    }
    if (last < 0) continue;
    // Only a mark written right after the stop closes: after a space, a straight quote opens the next sentence.
    while (closesAt(tokens[last + 1], tokens[last] as Token)) last += 1;
    const following = tokens[last + 1];
    // "2.5", "…said. and" or a lower-case continuation: not a sentence end.
    if (following && !startsSentence(following)) continue;
    sentences.push(range(tokens, first, last));
    first = last + 1;
    i = last;
  }
  if (first < tokens.length) sentences.push(range(tokens, first, tokens.length - 1));
  return sentences;
}

function closesAt(token: Token | undefined, previous: Token): boolean {
  return token !== undefined && token.start === previous.end && CLOSING.test(token.text);
}

function range(tokens: readonly Token[], first: number, last: number): Sentence {
  return { start: (tokens[first] as Token).start, end: (tokens[last] as Token).end, firstToken: first, lastToken: last };
}

function opensSentence(token: Token): boolean {
  return SENTENCE_OPENERS.has(token.text.toLowerCase()) && /^\p{Lu}/u.test(token.text);
}

/** Whether `token` can open a sentence: capitalised, a number or an opening mark, or in a script without case. */
function startsSentence(token: Token): boolean {
  if (/^[\p{Lu}\p{N}"“‘'«([¿¡—–-]/u.test(token.text)) return true;
  // Scripts without letter case (Arabic, Chinese, Hindi…) cannot be checked; the mark ends the sentence.
  // A lower-case word after it continues the sentence: `"Why?" he asked.`, "e.g. this".
  return !/\p{L}/u.test(token.text) || /^\p{Lo}/u.test(token.text);
}
