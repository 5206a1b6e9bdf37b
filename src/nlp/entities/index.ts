// The entity layer with the shipped model as its default tagger, for Node callers (tests, bench, quotes); the extension uses findEntities.
import type { Block, Entity } from '../../analysis';
import { tagDocument } from '../ner/index';
import { findEntities, type FindEntitiesOptions } from './find-entities';
import { sentenceBySentence, type WordTagger } from './read-blocks';

export interface ExtractEntitiesOptions extends FindEntitiesOptions {
  /** A sentence tagger to use instead of the shipped model's document tagger (tests pass stubs). */
  tag?: WordTagger;
}

/** The people, organisations, places and events of a story (see findEntities), tagged by the shipped model unless told otherwise. */
export function extractEntities(blocks: readonly Block[], options: ExtractEntitiesOptions = {}): Entity[] {
  return findEntities(blocks, options.tag ? sentenceBySentence(options.tag) : tagDocument, options);
}

export { findEntities, type FindEntitiesOptions } from './find-entities';
export type { DocumentTagger, WordTagger } from './read-blocks';
