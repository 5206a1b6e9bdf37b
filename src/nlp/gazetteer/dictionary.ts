// Common English words of three letters or more (word-list ∩ WordNet lemmas, lower case): whether a capitalised token is also an ordinary word.
import dictionaryNames from './dictionary-names.json';
import dictionaryWords from './dictionary-words.json';

/** What a lower-cased token is as a word: not a common word, a common word also part of names ("sun", "bush"), or only a common word. */
export const NOT_A_WORD = 0;
export const WORD_AND_NAME = 1;
export const COMMON_WORD = 2;

/**
 * The common words, and those of them that are also a given name or a word of a WordNet person's name ("Sun
 * Yat-sen", "Xi"), which keep their name reading open; that second list is worked out when the lists are built
 * (scripts/build-gazetteers.ts). Sets built from whole arrays on first use: the background builds them on the way to
 * a reader's first highlights.
 */
let tables: { words: Set<string>; alsoNames: Set<string> } | null = null;

function wordTables(): { words: Set<string>; alsoNames: Set<string> } {
  tables ??= { words: new Set(dictionaryWords as string[]), alsoNames: new Set(dictionaryNames as string[]) };
  return tables;
}

/** NOT_A_WORD, WORD_AND_NAME or COMMON_WORD for a lower-cased token: "beijing" 0, "sun" 1, "house" 2. */
export function dictionaryClass(lower: string): number {
  const { words, alsoNames } = wordTables();
  if (alsoNames.has(lower)) return WORD_AND_NAME;
  return words.has(lower) ? COMMON_WORD : NOT_A_WORD;
}

/** Whether `lower` (a lower-cased token) is a common English word: "the", "house", "sun"; not "beijing". */
export function isDictionaryWord(lower: string): boolean {
  return dictionaryClass(lower) !== NOT_A_WORD;
}
