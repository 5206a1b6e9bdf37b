// Document label hints and the two-pass tagger: what a first pass called a word elsewhere reaches the second pass, and
// the second pass's patched scores give what a full recount does.
import { describe, expect, it } from 'vitest';
import { legalMask, viterbi } from '../../../src/nlp/ner/decode';
import { documentCaseHints } from '../../../src/nlp/ner/document';
import { documentLabelHints, LABEL_BITS } from '../../../src/nlp/ner/document-labels';
import { extractFeatures, FEATURES_PER_TOKEN, LABEL_FEATURES, putLabelFeatures } from '../../../src/nlp/ner/features';
import { loadModel } from '../../../src/nlp/ner/model';
import { emissionScores } from '../../../src/nlp/ner/emission';
import { createTagger } from '../../../src/nlp/ner/tagger';
import { TAGS } from '../../../src/nlp/ner/tags';
import { trainTagger, type Sentence } from '../../../src/nlp/ner/train';

const split = (text: string) => text.split(' ');

describe('documentLabelHints', () => {
  const doc = [split('Alexander Lebed met Yeltsin .'), split('Lebed said the plan works .'), split('In Moscow , Lebed smiled .')];
  const firstPass = [['B-PER', 'I-PER', 'O', 'B-PER', 'O'], ['O', 'O', 'O', 'O', 'O', 'O'], ['O', 'B-LOC', 'O', 'O', 'O', 'O']];
  const hints = documentLabelHints(doc, firstPass);

  it('gives a word the types the first pass gave it in the other sentences', () => {
    // "Lebed" in sentence 2 was PER in sentence 1 and capitalised-but-untagged mid-sentence in sentence 3.
    expect(hints[1]?.[0]).toBe((LABEL_BITS.PER ?? 0) | (LABEL_BITS.O ?? 0));
    // In sentence 1, only the other sentences count: untagged mid-sentence in sentence 3 (sentence 2's is its first word).
    expect(hints[0]?.[1]).toBe(LABEL_BITS.O);
  });

  it('gives an acronym the type of a name spelled out with its initials', () => {
    const words = [split('The National League for Democracy won .'), split('The NLD said NL won .')];
    const labels = documentLabelHints(words, [['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'O'], ['O', 'O', 'O', 'O', 'O', 'O']]);
    expect(labels[1]?.[1]).toBe(LABEL_BITS.ORG);
    expect(labels[1]?.[3]).toBe(0);
  });

  it('leaves lower-case words and words seen nowhere else at 0', () => {
    expect(hints[1]?.[2]).toBe(0); // "the"
    expect(hints[0]?.[3]).toBe(0); // "Yeltsin" only in its own sentence
    expect(documentLabelHints([], [])).toEqual([]);
  });
});

describe('a two-pass model', () => {
  // A hand-made model whose only weight says: a capital word that the first pass left untagged mid-sentence elsewhere is B-PER.
  const bits = 16;
  const ids = new Int32Array(FEATURES_PER_TOKEN);
  putLabelFeatures(ids, [1], 0, bits, Uint8Array.of(LABEL_BITS.O ?? 0));
  const weightsByFeature = new Int8Array((1 << bits) * TAGS.length);
  weightsByFeature[(ids[FEATURES_PER_TOKEN - LABEL_FEATURES] ?? 0) * TAGS.length + TAGS.indexOf('B-PER')] = 1;
  const model = { bits, tags: [...TAGS], decoder: 'viterbi' as const, twoPass: true, weightsByFeature, scale: 1, transitions: new Float32Array((TAGS.length + 1) * TAGS.length) };
  const doc = [split('Then Kent won'), split('Kent lost')];

  it('reads the first pass of the other sentences in the second', () => {
    expect(createTagger({ ...model, twoPass: false }).tagDocument(doc)).toEqual([['O', 'O', 'O'], ['O', 'O']]);
    expect(createTagger(model).tagDocument(doc)).toEqual([['O', 'O', 'O'], ['B-PER', 'O']]);
    // A sentence alone has no other sentences, so one pass.
    expect(createTagger(model).tagTokens(doc[1] ?? [])).toEqual(['O', 'O']);
  });

  it('patches scores to what a full recount of the second pass gives', () => {
    const mask = legalMask(model.tags);
    const hints = documentCaseHints(doc);
    const labels = documentLabelHints(doc, [['O', 'O', 'O'], ['O', 'O']]);
    const recount = doc.map((words, i) => {
      const features = extractFeatures(words, bits, hints[i], labels[i]);
      return Array.from(viterbi(emissionScores(model, features, words.length), words.length, TAGS.length, model.transitions, mask), (c) => TAGS[c]);
    });
    expect(createTagger(model).tagDocument(doc)).toEqual(recount);
  });

  it('trains and stores the two-pass flag', () => {
    const sentence: Sentence = { tokens: split('Anna Berg left'), tags: split('B-PER I-PER O'), labels: Uint8Array.of(1, 1, 0) };
    expect(loadModel(trainTagger([sentence], { bits: 10, epochs: 2, twoPass: true })).twoPass).toBe(true);
    expect(loadModel(trainTagger([sentence], { bits: 10, epochs: 2 })).twoPass).toBe(false);
  });
});
