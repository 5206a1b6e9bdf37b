// The shipped entity tagger in the extension: unpacks the weights ner-model.js left in the global scope (the background's), once, on first need.
import { NER_MODEL_GLOBAL } from '../../injected-scripts';
import { documentTaggerOf, type DocumentTagger } from '../entities/find-entities';
import { unpackModel } from './packed-model';
import { createTagger } from './tagger';

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
    tagger = documentTaggerOf(createTagger(unpackModel(base64Bytes(packed))));
  } catch (error) {
    console.warn('Newslens: the entity model could not be read; names come from rules alone.', error);
  }
  // The 3.6 MB string is no longer needed once unpacked.
  delete scope[key];
  return tagger;
}

type WithFromBase64 = typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };

/** The weights' bytes: the browser's own decoder where there is one (Chrome 140, Firefox 133), several times faster than atob and a loop over 2.6 M characters. */
function base64Bytes(packed: string): Uint8Array {
  const fromBase64 = (Uint8Array as WithFromBase64).fromBase64;
  if (typeof fromBase64 === 'function') return fromBase64(packed);
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
