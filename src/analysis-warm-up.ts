// Invented material the NLP layers read once before a first real story, so that first-use work (compiling the code, building the name lists) is done apart from it.
import type { Block } from './analysis';
import { NAME_LIST_PREPARATIONS } from './nlp/gazetteer/prepare';

/** A sentence with a title, a person, an organisation and a place, for the entity layer. */
export const WARM_UP_BLOCKS: readonly Block[] = [
  { kind: 'paragraph', text: 'Minister Mara Okafor of the Harbour Trust met officials in Nairobi on Monday, her office said.' },
];

/**
 * The name lists the entity layer and the tagger build on first use, one task each: the common-word table
 * (~60k words), the gazetteer's entries, and those entries with their prefixes (prepareNameLists in parts).
 */
export const NAME_LIST_WARM_UPS: readonly (() => void)[] = NAME_LIST_PREPARATIONS;
