// The shipped name lists as lookups: country names and demonyms to their country, places, first names, organisations, WordNet's named people, and the hand-written cues.
import countries from './countries.json';
import { KNOWN_ORGANISATIONS, ORG_CUES, TITLE_WORDS, WORLD_FIRST_NAMES } from './cues';
import demonyms from './demonyms.json';
import firstNames from './first-names.json';
import organisations from './organisations.json';
import places from './places.json';
import wordnetGroups from './wordnet-groups.json';
import wordnetPeople from './wordnet-people.json';
import wordnetPlaces from './wordnet-places.json';

/** The kinds of list entry; a token may belong to several (e.g. "Georgia" is a country and a first name). */
export const GAZETTEER_KINDS = ['country', 'place', 'demonym', 'first-name', 'org-cue', 'title', 'organisation', 'person'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** Entries are keyed by their tokens, lower-cased and joined with spaces ("people 's republic of china"). */
export const keyOf = (words: readonly string[]): string => words.join(' ').toLowerCase();

const COUNTRY_OF_NAME = new Map(Object.entries(countries as Record<string, string>).map(([name, country]) => [name.toLowerCase(), country]));
const COUNTRY_OF_DEMONYM = new Map(Object.entries(demonyms as Record<string, string>).map(([name, country]) => [name.toLowerCase(), country]));

/** Set on a key that begins a longer entry ("new" of "new york"), beside the key's own kind bits (if it is an entry too). */
export const PREFIX = 1 << 16;

/**
 * Every entry's key (list names are single spaced tokens; "OPEC+" is two) → bit set of kinds (bit k for
 * GAZETTEER_KINDS[k]), and every leading part of a longer entry → PREFIX, for match.ts's longest match. One map
 * for both, built once on first use: a copy of ~100k entries for the prefixes was a third of the lists' first-use time.
 */
let entries: Map<string, number> | null = null;

export function gazetteerEntries(): Map<string, number> {
  if (entries) return entries;
  const map = new Map<string, number>();
  const add = (names: Iterable<string>, kind: GazetteerKind) => {
    const bit = 1 << GAZETTEER_KINDS.indexOf(kind);
    for (const name of names) {
      const key = name.toLowerCase();
      map.set(key, (map.get(key) ?? 0) | bit);
    }
  };
  add(COUNTRY_OF_NAME.keys(), 'country');
  add(places as string[], 'place');
  add(wordnetPlaces as string[], 'place');
  add(COUNTRY_OF_DEMONYM.keys(), 'demonym');
  add([...(firstNames as string[]), ...WORLD_FIRST_NAMES], 'first-name');
  add(ORG_CUES, 'org-cue');
  add(TITLE_WORDS, 'title');
  add(KNOWN_ORGANISATIONS.map((name) => name.replace(/(\w)(\+)$/, '$1 $2')), 'organisation');
  add(organisations as string[], 'organisation');
  add(wordnetGroups as string[], 'organisation');
  add(wordnetPeople as string[], 'person');
  for (const key of [...map.keys()]) {
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      const prefix = key.slice(0, space);
      map.set(prefix, (map.get(prefix) ?? 0) | PREFIX);
    }
  }
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
