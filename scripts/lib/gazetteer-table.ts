// The gazetteer's lookup table (every entry's key with its kinds, and the leading parts of longer entries), worked out when the name lists are built.
import { KNOWN_ORGANISATIONS, ORG_CUES, TITLE_WORDS, WORLD_FIRST_NAMES } from '../../src/nlp/gazetteer/cues';
import { GAZETTEER_KINDS, PREFIX, type GazetteerKind } from '../../src/nlp/gazetteer/kinds';

/** The table as shipped (src/nlp/gazetteer/gazetteer-entries.json): keys in order, and each key's bits at the same index. */
export interface GazetteerTable {
  keys: string[];
  bits: number[];
}

/**
 * Every listed name, lower-cased, with the bit of each kind it is listed as (bit k for GAZETTEER_KINDS[k]); and every
 * leading part of a longer entry ("new" of "new york") with PREFIX, for the longest match (match.ts). Names are single
 * spaced tokens ("OPEC+" is "OPEC +").
 */
export function gazetteerTable(names: Partial<Record<GazetteerKind, Iterable<string>>>): GazetteerTable {
  const map = new Map<string, number>();
  for (const [k, kind] of GAZETTEER_KINDS.entries()) {
    for (const name of names[kind] ?? []) {
      const key = name.toLowerCase();
      map.set(key, (map.get(key) ?? 0) | (1 << k));
    }
  }
  for (const key of [...map.keys()]) {
    for (let space = key.indexOf(' '); space > 0; space = key.indexOf(' ', space + 1)) {
      const prefix = key.slice(0, space);
      map.set(prefix, (map.get(prefix) ?? 0) | PREFIX);
    }
  }
  const keys = [...map.keys()].sort();
  return { keys, bits: keys.map((key) => map.get(key)!) };
}

/** The lists the table is made of: src/nlp/gazetteer's countries.json and demonyms.json, and the lists in sources/. */
export interface GazetteerSources {
  countries: Record<string, string>;
  demonyms: Record<string, string>;
  places: string[];
  wordnetPlaces: string[];
  firstNames: string[];
  organisations: string[];
  wordnetGroups: string[];
  wordnetPeople: string[];
}

/** The names of each kind: the lists, and the hand-written ones of cues.ts. */
export function gazetteerNames(lists: GazetteerSources): Record<GazetteerKind, string[]> {
  return {
    country: Object.keys(lists.countries),
    place: [...lists.places, ...lists.wordnetPlaces],
    demonym: Object.keys(lists.demonyms),
    'first-name': [...lists.firstNames, ...WORLD_FIRST_NAMES],
    'org-cue': [...ORG_CUES],
    title: [...TITLE_WORDS],
    organisation: [...KNOWN_ORGANISATIONS.map((name) => name.replace(/(\w)(\+)$/, '$1 $2')), ...lists.organisations, ...lists.wordnetGroups],
    person: lists.wordnetPeople,
  };
}
