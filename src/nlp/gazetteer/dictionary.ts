// Common English words of three letters or more (word-list ∩ WordNet lemmas, lower case): whether a capitalised token is also an ordinary word.
import { WORLD_FIRST_NAMES } from './cues';
import dictionaryWords from './dictionary-words.json';
import firstNames from './first-names.json';
import wordnetPeople from './wordnet-people.json';

/** What a lower-cased token is as a word: not a common word, a common word also part of names ("sun", "bush"), or only a common word. */
export const NOT_A_WORD = 0;
export const WORD_AND_NAME = 1;
export const COMMON_WORD = 2;

let classes: Map<string, number> | null = null;

function wordClasses(): Map<string, number> {
  if (classes) return classes;
  const map = new Map<string, number>();
  for (const word of dictionaryWords as string[]) map.set(word, COMMON_WORD);
  // A word that is also a given name or a word of a WordNet person's name ("Sun Yat-sen", "Xi") keeps its name reading open.
  for (const name of [...(firstNames as string[]), ...WORLD_FIRST_NAMES, ...(wordnetPeople as string[])]) {
    for (const part of name.toLowerCase().split(' ')) if (map.has(part)) map.set(part, WORD_AND_NAME);
  }
  classes = map;
  return map;
}

/** NOT_A_WORD, WORD_AND_NAME or COMMON_WORD for a lower-cased token: "beijing" 0, "sun" 1, "house" 2. */
export function dictionaryClass(lower: string): number {
  return wordClasses().get(lower) ?? NOT_A_WORD;
}

/** Whether `lower` (a lower-cased token) is a common English word: "the", "house", "sun"; not "beijing". */
export function isDictionaryWord(lower: string): boolean {
  return dictionaryClass(lower) !== NOT_A_WORD;
}
