// Reads the NER corpora from ../shared/corpus/ner (or $NEWSLENS_CORPUS/ner): training and evaluation sets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { structureRoot } from '../corpus/paths';
import type { Sentence } from '../../src/nlp/ner/train';
import { parseCorpus, type CorpusFormat } from './formats';

/** The NER corpus root, beside the structure corpus under the same base (see bench/corpus/paths.ts). */
export function nerRoot(): string {
  return join(dirname(structureRoot()), 'ner');
}

export interface CorpusPart {
  name: string;
  sentences: Sentence[];
}

interface PartSpec {
  name: string;
  format: CorpusFormat;
  files: (root: string) => string[];
}

const listed = (folder: string, ext: string) => (root: string) =>
  existsSync(join(root, folder)) ? readdirSync(join(root, folder)).filter((f) => f.endsWith(ext)).sort().map((f) => `${folder}/${f}`) : [];

/** Openly licensed sets that may train the shipped model (corpus README). Never CoNLL, never UNER test. */
export const TRAIN_PARTS: PartSpec[] = [
  { name: 'uner-ewt dev', format: 'uner', files: () => ['uner-ewt/en_ewt-ud-dev.iob2'] },
  { name: 'wikigold', format: 'wikigold', files: () => ['wikigold/wikigold.conll.txt'] },
  { name: 'btc', format: 'twitter', files: listed('btc', '.conll') },
  { name: 'wnut17', format: 'twitter', files: () => ['wnut17/train.conll', 'wnut17/dev.conll', 'wnut17/test.conll'] },
];

/** Where training choices are decided (research use only, never trained on): CoNLL++ dev. */
export const DEV_PARTS: PartSpec[] = [{ name: 'CoNLL++ dev', format: 'conll', files: () => ['conllpp/conllpp_dev.txt'] }];

/** Evaluation sets: CoNLL++ test (research use only) and UNER EWT test. */
export const EVAL_PARTS: PartSpec[] = [
  { name: 'CoNLL++ test', format: 'conll', files: () => ['conllpp/conllpp_test.txt'] },
  { name: 'UNER EWT test', format: 'uner', files: () => ['uner-ewt/en_ewt-ud-test.iob2'] },
];

/** Reads the parts; returns null (and says why on stderr) when the corpus or a file is missing. */
export function readParts(parts: PartSpec[], root = nerRoot()): CorpusPart[] | null {
  if (!existsSync(root)) {
    console.error(`NER corpus not found at ${root} (set NEWSLENS_CORPUS to the folder holding ner/); skipping.`);
    return null;
  }
  const out: CorpusPart[] = [];
  for (const part of parts) {
    const files = part.files(root);
    const missing = files.filter((file) => !existsSync(join(root, file)));
    if (!files.length || missing.length) {
      console.error(`NER corpus incomplete: ${part.name} lacks ${missing.join(', ') || 'its files'} under ${root}; skipping.`);
      return null;
    }
    out.push({ name: part.name, sentences: files.flatMap((file) => parseCorpus(readFileSync(join(root, file), 'utf8'), part.format)) });
  }
  return out;
}

/** Consecutive sentences of one document, in order; a sentence without a document id is a document of its own. */
export function documentsOf(sentences: readonly Sentence[]): Sentence[][] {
  const documents: Sentence[][] = [];
  let last: number | undefined;
  for (const sentence of sentences) {
    const current = documents[documents.length - 1];
    if (current && sentence.doc !== undefined && sentence.doc === last) current.push(sentence);
    else documents.push([sentence]);
    last = sentence.doc;
  }
  return documents;
}
