// Word shapes and capitalisation classes: how a word looks, independent of which word it is.

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{N}/u;
const LETTER = /\p{L}/u;

function charClass(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code < 128) {
    if (code >= 65 && code <= 90) return 'X';
    if (code >= 97 && code <= 122) return 'x';
    if (code >= 48 && code <= 57) return 'd';
    return ch;
  }
  if (UPPER.test(ch)) return 'X';
  if (LOWER.test(ch)) return 'x';
  if (DIGIT.test(ch)) return 'd';
  if (LETTER.test(ch)) return 'L'; // letters of caseless scripts
  return ch;
}

/** "Weidong" → "Xxxxx" (runs longer than 4 cut to 4), "1996-12-06" → "dddd-dd-dd". */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  let run = 0;
  for (const ch of word.length > 40 ? word.slice(0, 40) : word) {
    const cls = charClass(ch);
    run = cls === last ? run + 1 : 1;
    last = cls;
    if (run <= 4) shape += cls;
  }
  return shape;
}

/** "Weidong" → "Xx", "U.S." → "X.X.": each run of one class once. */
export function shortShape(word: string): string {
  let shape = '';
  let last = '';
  for (const ch of word.length > 40 ? word.slice(0, 40) : word) {
    const cls = charClass(ch);
    if (cls !== last) shape += cls;
    last = cls;
  }
  return shape;
}

/** Coarse capitalisation: 0 none/lower, 1 initial capital, 2 all capitals, 3 mixed ("iPhone", "McDonald"), 4 no letters. */
export function capClass(word: string): number {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) upper++;
    else if (code >= 97 && code <= 122) lower++;
    else if (code >= 128) {
      const ch = word[i] ?? '';
      if (UPPER.test(ch)) upper++;
      else if (LOWER.test(ch)) lower++;
    }
  }
  if (upper === 0 && lower === 0) return 4;
  if (upper === 0) return 0;
  if (lower === 0) return 2;
  return UPPER.test(word[0] ?? '') && upper === 1 ? 1 : 3;
}

/** Whether a sentence is written in capitals (a headline): most of its cased words are all-caps. */
export function isAllCapsSentence(words: readonly string[]): boolean {
  let cased = 0;
  let caps = 0;
  for (const word of words) {
    const cls = capClass(word);
    if (cls === 4) continue;
    cased++;
    if (cls === 2) caps++;
  }
  return cased >= 2 && caps / cased > 0.8;
}
