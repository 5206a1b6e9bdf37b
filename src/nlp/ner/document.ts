// Document-level case evidence: how a word is written elsewhere in the same document, for headlines and sentence starts.
import { capClass, isAllCapsSentence } from './shape';

/** Hint bits per token: the word is written in lower case elsewhere in the document / with a capital mid-sentence elsewhere. */
export const SEEN_LOWER = 1;
export const SEEN_CAPITALISED = 2;

/** How a word is written at one place: lower case, capitalised mid-sentence (in a sentence that is not all capitals), or neither. */
function evidenceOf(word: string, index: number, capsSentence: boolean): number {
  const cap = capClass(word);
  if (cap === 0) return SEEN_LOWER;
  if ((cap === 1 || cap === 3) && index > 0 && !capsSentence) return SEEN_CAPITALISED;
  return 0;
}

/**
 * Per sentence, per token: the SEEN_* bits of the token's lower-cased word over the OTHER sentences of the
 * document (its own sentence is left out, so an upper-cased copy of a sentence learns nothing from itself).
 * "JAPAN" in a capitals headline gets SEEN_CAPITALISED when the story writes "Japan"; "The" at a sentence start
 * gets SEEN_LOWER when the story writes "the".
 */
export function documentCaseHints(sentences: readonly (readonly string[])[]): Uint8Array[] {
  const counts = new Map<string, [lower: number, capitalised: number]>();
  const perSentence = sentences.map((words) => {
    const caps = isAllCapsSentence(words);
    return words.map((word, i) => evidenceOf(word, i, caps));
  });
  const keyOf = (word: string) => (word.length > 48 ? word.slice(0, 48) : word).toLowerCase();
  sentences.forEach((words, s) => {
    words.forEach((word, i) => {
      const evidence = perSentence[s]?.[i] ?? 0;
      if (!evidence) return;
      const key = keyOf(word);
      const entry = counts.get(key) ?? [0, 0];
      if (evidence === SEEN_LOWER) entry[0]++;
      else entry[1]++;
      counts.set(key, entry);
    });
  });
  return sentences.map((words, s) => {
    // This sentence's own evidence, to take back out of the document's.
    const own = new Map<string, [number, number]>();
    words.forEach((word, i) => {
      const evidence = perSentence[s]?.[i] ?? 0;
      if (!evidence) return;
      const key = keyOf(word);
      const entry = own.get(key) ?? [0, 0];
      if (evidence === SEEN_LOWER) entry[0]++;
      else entry[1]++;
      own.set(key, entry);
    });
    return Uint8Array.from(words, (word) => {
      const key = keyOf(word);
      const all = counts.get(key);
      if (!all) return 0;
      const mine = own.get(key) ?? [0, 0];
      return (all[0] > mine[0] ? SEEN_LOWER : 0) | (all[1] > mine[1] ? SEEN_CAPITALISED : 0);
    });
  });
}
