// The shipped entity tagger: tagTokens over the trained weights in model.json, expanded on first use.
import stored from './model.json';
import { loadModel, type StoredModel } from './model';
import { createTagger, type Tagger } from './tagger';

export { entitySpans, type EntitySpan } from './tags';

let shipped: Tagger | null = null;

/** One IOB2 tag (O, B-PER, I-ORG, …) per word of one sentence. */
export function tagTokens(words: readonly string[]): string[] {
  shipped ??= createTagger(loadModel(stored as StoredModel));
  return shipped.tagTokens(words);
}
