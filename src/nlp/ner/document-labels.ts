// What a first pass of the tagger said about the same word in the story's other sentences: the second pass's evidence.
import { capClass } from './shape';
import { tagType } from './tags';

/** Label hint bits: the word is inside a PER / LOC / ORG / MISC span elsewhere, or capitalised mid-sentence and outside any. */
export const LABEL_BITS: Readonly<Record<string, number>> = { PER: 1, LOC: 2, ORG: 4, MISC: 8, O: 16 };

const KINDS = 5;
const bitOf = (tag: string, word: string, index: number): number => {
  const type = tagType(tag);
  if (type) return LABEL_BITS[type] ?? 0;
  return index > 0 && capClass(word) === 1 ? LABEL_BITS.O ?? 0 : 0;
};

/** Whether a word may carry or receive a label hint: it has a capital (names do; "the" inside "The Times" does not count). */
const named = (word: string) => {
  const cap = capClass(word);
  return cap >= 1 && cap <= 3;
};

/**
 * Per sentence, per capitalised token: the LABEL_BITS of every type the first pass gave the same (lower-cased)
 * word in the document's OTHER sentences, so "Lebed" alone picks up the PER of "Alexander Lebed" two
 * sentences before. Lower-case tokens and words seen nowhere else get 0.
 */
export function documentLabelHints(sentences: readonly (readonly string[])[], firstPass: readonly (readonly string[])[]): Uint8Array[] {
  const counts = new Map<string, Int32Array>();
  const keyOf = (word: string) => (word.length > 48 ? word.slice(0, 48) : word).toLowerCase();
  const each = (s: number, visit: (key: string, kind: number) => void) => {
    const words = sentences[s] ?? [];
    const tags = firstPass[s] ?? [];
    words.forEach((word, i) => {
      if (!named(word)) return;
      const bit = bitOf(tags[i] ?? 'O', word, i);
      if (bit) visit(keyOf(word), Math.log2(bit));
    });
  };
  sentences.forEach((_, s) =>
    each(s, (key, kind) => {
      let entry = counts.get(key);
      if (!entry) counts.set(key, (entry = new Int32Array(KINDS)));
      entry[kind] = (entry[kind] ?? 0) + 1;
    }),
  );
  return sentences.map((words, s) => {
    const own = new Map<string, Int32Array>();
    each(s, (key, kind) => {
      let entry = own.get(key);
      if (!entry) own.set(key, (entry = new Int32Array(KINDS)));
      entry[kind] = (entry[kind] ?? 0) + 1;
    });
    return Uint8Array.from(words, (word) => {
      if (!named(word)) return 0;
      const key = keyOf(word);
      const all = counts.get(key);
      if (!all) return 0;
      const mine = own.get(key);
      let bits = 0;
      for (let kind = 0; kind < KINDS; kind++) if ((all[kind] ?? 0) > (mine?.[kind] ?? 0)) bits |= 1 << kind;
      return bits;
    });
  });
}
