// The tagger in a benchmark page: the extension's packed weights, which the runner hands the page as base64 (page-script.ts).
import type { DocumentTagger } from '../../src/nlp/entities/find-entities';
import { shippedTaggerFrom } from '../../src/nlp/ner/shipped-tagger';

/** The registry symbol's name under which the runner's script leaves the weights. */
export const PAGE_MODEL_GLOBAL = 'newslens.bench.ner-model';

type WithModel = typeof globalThis & { [key: symbol]: unknown };
type WithFromBase64 = typeof Uint8Array & { fromBase64(text: string): Uint8Array };

/** The tagger from the weights the runner left (null without them); the 4 MB string is then dropped. */
export function pageTagger(): DocumentTagger | null {
  const scope = globalThis as WithModel;
  const key = Symbol.for(PAGE_MODEL_GLOBAL);
  const packed = scope[key];
  delete scope[key];
  return typeof packed === 'string' ? shippedTaggerFrom((Uint8Array as WithFromBase64).fromBase64(packed)) : null;
}
