// Tags a sentence's words with IOB2 entity tags using a loaded model.
import { DECODERS } from './decode';
import { demonymsAsMisc } from './demonym-spans';
import { documentCaseHints } from './document';
import { orgEndingsAsOrg } from './org-spans';
import { titlesOutOfNames } from './title-spans';
import { legalMask } from './decode';
import { extractFeatures, FEATURES_PER_TOKEN } from './features';
import type { LoadedModel } from './model';

/** Longest sentence tagged as one sequence; longer input is tagged in windows of this many words. */
export const MAX_SEQUENCE = 512;

export interface Tagger {
  /** One IOB2 tag per word; never throws, any input gives words.length tags. */
  tagTokens(words: readonly string[]): string[];
  /** The sentences of one document, each tagged with what the others say about how its words are written. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
}

/** Per-token tag scores: the sum of the weight rows of each token's features. */
export function emissionScores(model: LoadedModel, features: Int32Array, n: number): Float32Array {
  const t = model.tags.length;
  const scores = new Float32Array(n * t);
  const { rowOf, weights } = model;
  for (let i = 0; i < n; i++) {
    for (let k = i * FEATURES_PER_TOKEN; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
      const row = rowOf[features[k] ?? 0] ?? -1;
      if (row < 0) continue;
      for (let c = 0; c < t; c++) scores[i * t + c] = (scores[i * t + c] ?? 0) + (weights[row * t + c] ?? 0);
    }
  }
  return scores;
}

export function createTagger(model: LoadedModel): Tagger {
  const t = model.tags.length;
  const mask = legalMask(model.tags);
  const decode = DECODERS[model.decoder];
  const tagWindow = (words: readonly string[], hints?: Uint8Array): string[] => {
    const features = extractFeatures(words, model.bits, hints);
    const path = decode(emissionScores(model, features, words.length), words.length, t, model.transitions, mask);
    const tags = Array.from(path, (c) => model.tags[c] ?? 'O');
    return titlesOutOfNames(words, orgEndingsAsOrg(words, demonymsAsMisc(words, tags)));
  };
  const tagSentence = (words: readonly string[], hints?: Uint8Array): string[] => {
    if (words.length <= MAX_SEQUENCE) return tagWindow(words, hints);
    const tags: string[] = [];
    for (let start = 0; start < words.length; start += MAX_SEQUENCE) {
      tags.push(...tagWindow(words.slice(start, start + MAX_SEQUENCE), hints?.subarray(start, start + MAX_SEQUENCE)));
    }
    return tags;
  };
  return {
    tagTokens: (words) => tagSentence(words),
    tagDocument(sentences) {
      const hints = documentCaseHints(sentences);
      return sentences.map((words, s) => tagSentence(words, hints[s]));
    },
  };
}
