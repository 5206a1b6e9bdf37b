// The shipped entity tagger in the page: unpacks the weights ner-model.js left in the isolated world, once, on first analysis.
import { NER_MODEL_GLOBAL } from '../src/injected-scripts';
import type { DocumentTagger } from '../src/nlp/entities/find-entities';
import { unpackModel } from '../src/nlp/ner/packed-model';
import { createTagger } from '../src/nlp/ner/tagger';

type WithModel = typeof globalThis & { [key: symbol]: unknown };

let tagger: DocumentTagger | null | undefined;

/** The tagger, or null when the weights are missing or unreadable (the analysis then runs on rules alone). */
export function shippedTagger(): DocumentTagger | null {
  if (tagger !== undefined) return tagger;
  const scope = globalThis as WithModel;
  const key = Symbol.for(NER_MODEL_GLOBAL);
  const packed = scope[key];
  tagger = null;
  if (typeof packed !== 'string') return tagger;
  try {
    const binary = atob(packed);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const loaded = createTagger(unpackModel(bytes));
    tagger = (sentences) => loaded.tagDocument(sentences);
  } catch (error) {
    console.warn('Newslens: the entity model could not be read; names come from rules alone.', error);
  }
  // The 3.6 MB string is no longer needed once unpacked.
  delete scope[key];
  return tagger;
}
