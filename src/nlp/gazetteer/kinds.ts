// The kinds a name list entry can be, as bits of the gazetteer's lookup table (lists.ts reads it, scripts/lib/gazetteer-table.ts writes it).

/** The kinds of list entry; a token may belong to several (e.g. "Georgia" is a country and a first name). */
export const GAZETTEER_KINDS = ['country', 'place', 'demonym', 'first-name', 'org-cue', 'title', 'organisation', 'person'] as const;
export type GazetteerKind = (typeof GAZETTEER_KINDS)[number];

/** Set on a key that begins a longer entry ("new" of "new york"), beside the key's own kind bits (if it is an entry too). */
export const PREFIX = 1 << 16;
