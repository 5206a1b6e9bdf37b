// Invented material the entity layer reads once before a first real story, so that compiling its code is done before a page waits for it.
import type { Block } from './analysis';

/** A sentence with a title, a person, an organisation and a place, for the entity layer. */
export const WARM_UP_BLOCKS: readonly Block[] = [
  { kind: 'paragraph', text: 'Minister Mara Okafor of the Harbour Trust met officials in Nairobi on Monday, her office said.' },
];

