// Document-level case evidence: how a word is written elsewhere in the same document, for headlines and sentence starts.
import { capClass, isAllCapsSentence } from './shape';
import { runSteps, type Steps } from '../../steps';

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
  return runSteps(documentCaseHintSteps(sentences));
}

/** documentCaseHints as steps, a sentence each, so a page can read a long story over several tasks (src/steps.ts). */
export function* documentCaseHintSteps(sentences: readonly (readonly string[])[]): Steps<Uint8Array[]> {
  // Each distinct lower-cased word gets a number once; the counting is then on arrays, not maps.
  const idOf = new Map<string, number>();
  const ids: Int32Array[] = [];
  const evidence: Uint8Array[] = [];
  for (const words of sentences) {
    ids.push(
      Int32Array.from(words, (word) => {
        const key = (word.length > 48 ? word.slice(0, 48) : word).toLowerCase();
        let id = idOf.get(key);
        if (id === undefined) {
          id = idOf.size;
          idOf.set(key, id);
        }
        return id;
      }),
    );
    const caps = isAllCapsSentence(words);
    evidence.push(Uint8Array.from(words, (word, i) => evidenceOf(word, i, caps)));
    yield;
  }
  // Per word: how often the document writes it in lower case / capitalised mid-sentence, and the same for one sentence.
  const lower = new Int32Array(idOf.size);
  const capitalised = new Int32Array(idOf.size);
  const ownLower = new Int32Array(idOf.size);
  const ownCapitalised = new Int32Array(idOf.size);
  const count = (s: number, into: [Int32Array, Int32Array], step: number) => {
    const [lowerInto, capitalisedInto] = into;
    const sentenceIds = ids[s] as Int32Array;
    const sentenceEvidence = evidence[s] as Uint8Array;
    for (let i = 0; i < sentenceIds.length; i++) {
      const id = sentenceIds[i] as number;
      if (sentenceEvidence[i] === SEEN_LOWER) lowerInto[id] = (lowerInto[id] as number) + step;
      else if (sentenceEvidence[i] === SEEN_CAPITALISED) capitalisedInto[id] = (capitalisedInto[id] as number) + step;
    }
  };
  for (let s = 0; s < sentences.length; s++) count(s, [lower, capitalised], 1);
  yield;
  const hints: Uint8Array[] = [];
  for (let s = 0; s < ids.length; s++) {
    const sentenceIds = ids[s] as Int32Array;
    // This sentence's own evidence, to take back out of the document's; cleared again after.
    count(s, [ownLower, ownCapitalised], 1);
    hints.push(Uint8Array.from(sentenceIds, (id) => ((lower[id] as number) > (ownLower[id] as number) ? SEEN_LOWER : 0) | ((capitalised[id] as number) > (ownCapitalised[id] as number) ? SEEN_CAPITALISED : 0)));
    count(s, [ownLower, ownCapitalised], -1);
    yield;
  }
  return hints;
}
