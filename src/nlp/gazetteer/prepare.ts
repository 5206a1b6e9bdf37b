// Builds the name lists' lookup tables ahead of first use, so that a page can spend that time in tasks of its own before its reading.
import { dictionaryClass } from './dictionary';
import { gazetteerEntries } from './lists';

/**
 * The tables the tagger and the entity rules build on first use, each a function that builds one (and does nothing
 * once it is built): the common-word Sets of dictionary.ts (~60k words) and the gazetteer's lookup Map of lists.ts
 * (from gazetteer-entries.json, with every leading part of a longer entry for match.ts).
 */
export const NAME_LIST_PREPARATIONS: readonly (() => void)[] = [
  // Any lookup builds the table; the empty word is in none.
  () => void dictionaryClass(''),
  () => void gazetteerEntries(),
];
