// The shipped entity tagger in the extension: made from the packed weights the background fetched (NER_MODEL_FILE), or null without them.
import { documentTaggerOf, type DocumentTagger } from '../entities/find-entities';
import { unpackModel } from './packed-model';
import { createTagger } from './tagger';

/**
 * The tagger for the packed weights, or null when there are none or they are unreadable: the analysis then runs on
 * rules alone, with a warning, rather than failing every page.
 */
export function shippedTaggerFrom(packed: Uint8Array | null): DocumentTagger | null {
  if (!packed) return null;
  try {
    return documentTaggerOf(createTagger(unpackModel(packed)));
  } catch (error) {
    console.warn('Newslens: the entity model could not be read; names come from rules alone.', error);
    return null;
  }
}
