// What a first pass of the tagger said about the same word in the story's other sentences: the second pass's evidence.
import { capClass } from './shape';
import { runSteps, type Steps } from '../../steps';
import { entitySpans, tagType } from './tags';

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

/** Small words a name's initials skip ("Organisation for Security and Co-operation in Europe" → OSCE). */
const SKIPPED_IN_INITIALS = new Set(['of', 'for', 'and', 'the', 'in', 'on', 'de', '&']);

/** Initials of a span of two or more capitalised words ("National League for Democracy" → "NLD"); '' when a word is not capitalised. */
function initialsOf(words: readonly string[]): string {
  let initials = '';
  for (const word of words) {
    if (SKIPPED_IN_INITIALS.has(word.toLowerCase())) continue;
    const cap = capClass(word);
    if (cap < 1 || cap > 3) return '';
    initials += word[0] ?? '';
  }
  return initials.length >= 2 ? initials.toLowerCase() : '';
}

/** Whether a word looks like an acronym: two to six capitals and nothing else. */
const ACRONYM = /^[A-Z]{2,6}$/;

/**
 * Per sentence, per capitalised token: the LABEL_BITS of every type the first pass gave the same (lower-cased)
 * word in the document's OTHER sentences, so "Lebed" alone picks up the PER of "Alexander Lebed" two
 * sentences before; an acronym ("NLD") also gets the type of a name with its initials anywhere in the document
 * ("National League for Democracy"). Lower-case tokens and words seen nowhere else get 0.
 */
export function documentLabelHints(sentences: readonly (readonly string[])[], firstPass: readonly (readonly string[])[]): Uint8Array[] {
  return runSteps(documentLabelHintSteps(sentences, firstPass));
}

/** documentLabelHints as steps, a sentence each, so a page can read a long story over several tasks (src/steps.ts). */
export function* documentLabelHintSteps(sentences: readonly (readonly string[])[], firstPass: readonly (readonly string[])[]): Steps<Uint8Array[]> {
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
  // Acronyms take the type of a spelled-out name anywhere in the document, their own sentence too ("... Democracy ( NLD )").
  const byInitials = new Map<string, number>();
  for (let s = 0; s < sentences.length; s++) {
    each(s, (key, kind) => {
      let entry = counts.get(key);
      if (!entry) counts.set(key, (entry = new Int32Array(KINDS)));
      entry[kind] = (entry[kind] ?? 0) + 1;
    });
    const words = sentences[s] as readonly string[];
    for (const [start, end, type] of entitySpans(firstPass[s] ?? [])) {
      const initials = end - start >= 2 ? initialsOf(words.slice(start, end)) : '';
      if (initials) byInitials.set(initials, (byInitials.get(initials) ?? 0) | (LABEL_BITS[type] ?? 0));
    }
    yield;
  }
  const hints: Uint8Array[] = [];
  for (let s = 0; s < sentences.length; s++) {
    hints.push(sentenceHints(sentences[s] as readonly string[], s));
    yield;
  }
  return hints;

  function sentenceHints(words: readonly string[], s: number): Uint8Array {
    const own = new Map<string, Int32Array>();
    each(s, (key, kind) => {
      let entry = own.get(key);
      if (!entry) own.set(key, (entry = new Int32Array(KINDS)));
      entry[kind] = (entry[kind] ?? 0) + 1;
    });
    return Uint8Array.from(words, (word) => {
      if (!named(word)) return 0;
      const key = keyOf(word);
      let bits = ACRONYM.test(word) ? (byInitials.get(key) ?? 0) : 0;
      const all = counts.get(key);
      if (!all) return bits;
      const mine = own.get(key);
      for (let kind = 0; kind < KINDS; kind++) if ((all[kind] ?? 0) > (mine?.[kind] ?? 0)) bits |= 1 << kind;
      return bits;
    });
  }
}
