// The shipped entity tagger for Node callers: tagTokens and tagDocument over the trained weights in model.json, expanded on first use.
import stored from './model.json';
import { loadModel, type StoredModel } from './model';
import { createTagger, type Tagger } from './tagger';

export { entitySpans, type EntitySpan } from './tags';

let shipped: Tagger | null = null;

function shippedTagger(): Tagger {
  shipped ??= createTagger(loadModel(stored as StoredModel));
  return shipped;
}

/** One IOB2 tag (O, B-PER, I-ORG, …) per word of one sentence. */
export function tagTokens(words: readonly string[]): string[] {
  return shippedTagger().tagTokens(words);
}

/** The tags of every sentence of one document, each read with what the others say about its words. */
export function tagDocument(sentences: readonly (readonly string[])[]): string[][] {
  return shippedTagger().tagDocument(sentences);
}
