// Splits a block's text into word, number, punctuation and symbol tokens with their UTF-16 offsets.
import { isAbbreviation } from './abbreviations';

export type TokenKind = 'word' | 'number' | 'punctuation' | 'symbol';

/** One token; `text === source.slice(start, end)` always holds, so spans map back to the page. */
export interface Token {
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
}

/** Longest text tokenised; anything longer is cut here so a hostile page cannot stall the analysis. */
export const MAX_TOKENIZED = 2_000_000;

// Alternatives in order of precedence; each names the kind of token it makes.
const PATTERNS: [TokenKind | 'url' | 'initials' | 'ideograph', string][] = [
  ['url', String.raw`(?:https?:\/\/|www\.)[^\s<>"“”]+|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}`],
  // "U.S.", "a.m.", "e.g.": letters each followed by a dot.
  ['initials', String.raw`(?:\p{L}\.){2,}`],
  // "1,000", "2.5", "10:30", "71,000", "3rd", "1990s", "1996-08-31", "3-1": digits with inner separators and an
  // ordinal or plural tail. A date or a score is one token, as in the NER corpora; split, it reads like a results table.
  ['number', String.raw`\p{N}+(?:[.,:\/-]\p{N}+)*(?:st|nd|rd|th|s)?(?![\p{L}\p{N}])`],
  // Scripts written without spaces: one token per character, as the NER corpora do.
  ['ideograph', String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`],
  // Words with inner apostrophes and hyphens ("O'Brien", "Beijing-Moscow", "Türkiye's").
  ['word', String.raw`[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*`],
  ['punctuation', String.raw`\.{2,}|[-–—]{2,}|\p{P}`],
  ['symbol', String.raw`\p{S}`],
  ['symbol', String.raw`[^\s]`],
];

const TOKEN_PATTERN = new RegExp(PATTERNS.map(([, source]) => `(${source})`).join('|'), 'gu');
const POSSESSIVE = /['’]s$/i;
const URL_TRAILING = /[.,;:!?)\]}'’]+$/;

/** Tokens of `text` in order. Possessive "'s" is a token of its own ("China", "'s"), as in the NER corpora. */
export function tokenize(text: string): Token[] {
  const source = text.length > MAX_TOKENIZED ? text.slice(0, MAX_TOKENIZED) : text;
  const tokens: Token[] = [];
  TOKEN_PATTERN.lastIndex = 0;
  for (let match = TOKEN_PATTERN.exec(source); match; match = TOKEN_PATTERN.exec(source)) {
    const start = match.index;
    const group = match.findIndex((value, index) => index > 0 && value !== undefined);
    const kind = PATTERNS[group - 1]?.[0] ?? 'symbol';
    let value = match[0];
    if (kind === 'url') {
      // A sentence's full stop or closing bracket after an address is not part of it.
      value = value.replace(URL_TRAILING, '');
      TOKEN_PATTERN.lastIndex = start + value.length;
      tokens.push({ text: value, start, end: start + value.length, kind: 'symbol' });
    } else if (kind === 'word') {
      pushWord(tokens, source, value, start);
    } else {
      tokens.push({ text: value, start, end: start + value.length, kind: kind === 'initials' || kind === 'ideograph' ? 'word' : kind });
    }
  }
  return tokens;
}

function pushWord(tokens: Token[], source: string, value: string, start: number): void {
  const end = start + value.length;
  if (value.length > 2 && POSSESSIVE.test(value)) {
    tokens.push({ text: value.slice(0, -2), start, end: end - 2, kind: 'word' });
    tokens.push({ text: value.slice(-2), start: end - 2, end, kind: 'word' });
    return;
  }
  // "Dr." and "Gen." keep their dot, as does a capital initial ("George W. Bush"); the dot after any other word is
  // punctuation ("I." is the pronoun). A sentence ending on a capital ("vitamin C. The") still splits: see mayEndSentence.
  if (source[end] === '.' && (isAbbreviation(value) || (/^\p{Lu}$/u.test(value) && value !== 'I'))) {
    tokens.push({ text: `${value}.`, start, end: end + 1, kind: 'word' });
    TOKEN_PATTERN.lastIndex = end + 1;
    return;
  }
  tokens.push({ text: value, start, end, kind: 'word' });
}
