// The shipped name lists as lookups: country names and demonyms to their country, and the table of every listed name's kinds (places, first names, organisations, WordNet's named people, the hand-written cues).
import countries from './countries.json';
import demonyms from './demonyms.json';
import entryTable from './gazetteer-entries.json';

import { GAZETTEER_KINDS, type GazetteerKind } from './kinds';

export { GAZETTEER_KINDS, PREFIX, type GazetteerKind } from './kinds';

/** Entries are keyed by their tokens, lower-cased and joined with spaces ("people 's republic of china"). */
export const keyOf = (words: readonly string[]): string => words.join(' ').toLowerCase();

const COUNTRY_OF_NAME = new Map(Object.entries(countries as Record<string, string>).map(([name, country]) => [name.toLowerCase(), country]));
const COUNTRY_OF_DEMONYM = new Map(Object.entries(demonyms as Record<string, string>).map(([name, country]) => [name.toLowerCase(), country]));

/**
 * Every entry's key (list names are single spaced tokens; "OPEC+" is two) → bit set of kinds (bit k for
 * GAZETTEER_KINDS[k]), and every leading part of a longer entry → PREFIX, for match.ts's longest match. The table is
 * worked out when the name lists are built (scripts/lib/gazetteer-table.ts, from the lists in sources/ and cues.ts):
 * a reader that built it on first use spent 15 ms in Node, 25 ms in the extension's background at a click, on it.
 */
let entries: Map<string, number> | null = null;

export function gazetteerEntries(): Map<string, number> {
  if (entries) return entries;
  const { keys, bits } = entryTable as { keys: string[]; bits: number[] };
  const map = new Map<string, number>();
  for (let i = 0; i < keys.length; i++) map.set(keys[i]!, bits[i]!);
  entries = map;
  return map;
}

/** The country a demonym names: "Chinese" → "China"; null when it is none. */
export function countryOfDemonym(word: string): string | null {
  return COUNTRY_OF_DEMONYM.get(word.toLowerCase()) ?? null;
}

/** The common name of the country a name or short form names: "U.S." → "United States"; null when none. */
export function countryNamed(name: string): string | null {
  return COUNTRY_OF_NAME.get(name.toLowerCase()) ?? null;
}

/** The kinds a phrase (its tokens) is listed as; empty when it is in no list. */
export function kindsOf(words: readonly string[]): GazetteerKind[] {
  const bits = gazetteerEntries().get(keyOf(words)) ?? 0;
  return GAZETTEER_KINDS.filter((_, k) => bits & (1 << k));
}
