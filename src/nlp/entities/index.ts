// The entity layer with the shipped model as its default tagger, for Node callers (tests, bench, quotes); the extension uses findEntities.
import type { Block, Entity } from '../../analysis';
import { tagTokens } from '../ner/index';
import { findEntities, type FindEntitiesOptions } from './find-entities';
import type { WordTagger } from './read-blocks';

export interface ExtractEntitiesOptions extends FindEntitiesOptions {
  /** The word tagger; the shipped model by default. Tests pass a stub. */
  tag?: WordTagger;
}

/** The people, organisations, places and events of a story (see findEntities), tagged by the shipped model unless told otherwise. */
export function extractEntities(blocks: readonly Block[], options: ExtractEntitiesOptions = {}): Entity[] {
  return findEntities(blocks, options.tag ?? tagTokens, options);
}

export { findEntities, type FindEntitiesOptions } from './find-entities';
export type { WordTagger } from './read-blocks';
