// Tags a sentence's words with IOB2 entity tags using a loaded model.
import { DECODERS } from './decode';
import { emissionScores } from './emission';
import { demonymsAsMisc } from './demonym-spans';
import { documentCaseHintSteps } from './document';
import { documentLabelHintSteps } from './document-labels';
import { orgEndingsAsOrg } from './org-spans';
import { speakersAsPeople } from './speaker-spans';
import { statesAfterPlaces } from './state-spans';
import { surnamesAsPeople } from './surname-spans';
import { namesAfterTitles } from './titled-names';
import { sportsTeamsAsOrg } from './team-spans';
import { titlesOutOfNames } from './title-spans';
import { legalMask } from './decode';
import { gazetteerMarks } from '../gazetteer/match';
import { capitalsOf, extractFeatures, FEATURES_PER_TOKEN, LABEL_FEATURES, putLabelFeatures } from './features';
import type { LoadedModel } from './model';
import { HEAVY_STEP, runSteps, type Steps } from '../../steps';

/** Longest sentence tagged as one sequence; longer input is tagged in windows of this many words. */
export const MAX_SEQUENCE = 512;

export interface Tagger {
  /** One IOB2 tag per word; never throws, any input gives words.length tags. */
  tagTokens(words: readonly string[]): string[];
  /** The sentences of one document, each tagged with what the others say about how its words are written. */
  tagDocument(sentences: readonly (readonly string[])[]): string[][];
  /**
   * tagDocument as steps, one sentence a step, so a page can tag a long story over several tasks (src/steps.ts);
   * run to the end, it gives exactly tagDocument's tags.
   */
  stepDocument(sentences: readonly (readonly string[])[]): Steps<string[][]>;
}

/** One window of words ready to decode: its feature ids and emission scores, kept so a second pass can patch them. */
interface Window {
  words: readonly string[];
  features: Int32Array;
  emission: Float32Array;
  /** The name lists' marks of the words (gazetteer/match.ts), read by the features and by the rules after decoding. */
  marks: Uint16Array;
}

export function createTagger(model: LoadedModel): Tagger {
  const t = model.tags.length;
  const mask = legalMask(model.tags);
  const decode = DECODERS[model.decoder];
  const { weightsByFeature } = model;
  const windowsOf = (words: readonly string[], hints?: Uint8Array): Window[] => {
    const windows: Window[] = [];
    for (let start = 0; start < words.length || start === 0; start += MAX_SEQUENCE) {
      const part = words.length <= MAX_SEQUENCE ? words : words.slice(start, start + MAX_SEQUENCE);
      const marks = gazetteerMarks(part);
      const features = extractFeatures(part, model.bits, hints && part !== words ? hints.subarray(start, start + MAX_SEQUENCE) : hints, undefined, marks);
      windows.push({ words: part, features, emission: emissionScores(model, features, part.length), marks });
      if (part === words) break;
    }
    return windows;
  };
  const finish = (windows: readonly Window[]): string[] =>
    windows.flatMap(({ words, emission, marks }) => {
      const path = decode(emission, words.length, t, model.transitions, mask);
      const tags = Array.from(path, (c) => model.tags[c] ?? 'O');
      const named = namesAfterTitles(words, titlesOutOfNames(words, orgEndingsAsOrg(words, demonymsAsMisc(words, tags)), marks), marks);
      return speakersAsPeople(words, statesAfterPlaces(words, named), marks);
    });
  /**
   * Rewrites a window's label features for the second pass and moves its emission scores by the rows that changed;
   * whether any score moved (when none did, the first pass's tags stand).
   */
  const relabel = (window: Window, labels: Uint8Array): boolean => {
    const { words, features, emission } = window;
    const n = words.length;
    const before = features.slice();
    const { cap, caps } = capitalsOf(words);
    putLabelFeatures(features, cap, caps, model.bits, labels);
    let moved = false;
    for (let i = 0; i < n; i++) {
      for (let k = (i + 1) * FEATURES_PER_TOKEN - LABEL_FEATURES; k < (i + 1) * FEATURES_PER_TOKEN; k++) {
        const old = (before[k] ?? 0) * t;
        const now = (features[k] ?? 0) * t;
        if (old === now) continue;
        for (let c = 0; c < t; c++) {
          const change = (weightsByFeature[now + c] ?? 0) - (weightsByFeature[old + c] ?? 0);
          if (change === 0) continue;
          emission[i * t + c] = (emission[i * t + c] ?? 0) + change * model.scale;
          moved = true;
        }
      }
    }
    return moved;
  };
  // Read once the whole story is tagged: clubs named after their towns (team-spans.ts), then family names of the people found.
  const wholeStoryRules = (sentences: readonly (readonly string[])[], tags: string[][]) => surnamesAsPeople(sentences, sportsTeamsAsOrg(sentences, tags));
  /** The document's tags: case hints, a first pass per sentence, label hints, a second pass per sentence, then the clubs. */
  function* stepDocument(sentences: readonly (readonly string[])[]): Steps<string[][]> {
    const hints = yield* documentCaseHintSteps(sentences);
    const windows: Window[][] = [];
    const first: string[][] = [];
    for (let s = 0; s < sentences.length; s++) {
      const parts = windowsOf(sentences[s] as readonly string[], hints[s]);
      windows.push(parts);
      first.push(finish(parts));
      yield;
    }
    if (!model.twoPass || sentences.length < 2) return wholeStoryRules(sentences, first);
    // Second pass: each sentence also reads what the first pass called its words in the other sentences.
    const labels = yield* documentLabelHintSteps(sentences, first);
    const second: string[][] = [];
    for (let s = 0; s < windows.length; s++) {
      const parts = windows[s] as Window[];
      let start = 0;
      let moved = false;
      for (const window of parts) {
        moved = relabel(window, labels[s]?.subarray(start, start + window.words.length) ?? new Uint8Array(window.words.length)) || moved;
        start += window.words.length;
      }
      // Unchanged scores decode to the same tags: the sentence keeps its first pass.
      second.push(moved ? finish(parts) : (first[s] as string[]));
      yield;
    }
    yield HEAVY_STEP;
    return wholeStoryRules(sentences, second);
  }
  return {
    tagTokens: (words) => finish(windowsOf(words)),
    tagDocument: (sentences) => runSteps(stepDocument(sentences)),
    stepDocument,
  };
}
