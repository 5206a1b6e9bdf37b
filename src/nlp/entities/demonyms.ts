// Demonyms and the countries they name ("Chinese" → China), so "Chinese President Xi" gets an affiliation, not a place.
// The shipped gazetteer (src/nlp/gazetteer, from world-countries) answers first; the small hand-written tables here
// only fill what it lacks or spells differently in news text ("Korean", "Saudi", "Turkey", "Britain").
import gazetteerDemonyms from '../gazetteer/demonyms.json';
import { countryNamed, countryOfDemonym as gazetteerCountryOfDemonym } from '../gazetteer/lists';

/** Demonyms news text uses that the gazetteer lacks (it keeps world-countries' forms: "Argentine", "Saudi Arabian"). */
const EXTRA_DEMONYMS = new Map<string, string>([
  ['argentinian', 'Argentina'], ['azeri', 'Azerbaijan'], ['kazakh', 'Kazakhstan'], ['korean', 'Korea'],
  ['philippine', 'Philippines'], ['saudi', 'Saudi Arabia'], ['uk', 'United Kingdom'],
]);

/** The first word of every demonym, lower case ("south" of "South African"); built on first use. */
let firstWords: Set<string> | null = null;

/**
 * Whether a lower-cased word begins some demonym: a quick no for almost every word, before a demonym is looked up
 * at every token of a long story.
 */
export function beginsDemonym(lower: string): boolean {
  firstWords ??= new Set([...Object.keys(gazetteerDemonyms as Record<string, string>), ...EXTRA_DEMONYMS.keys()].map((name) => name.toLowerCase().split(' ')[0] ?? ''));
  return firstWords.has(lower);
}

/** Names news text gives a country that the gazetteer lacks, so "Turkey" and "Türkiye" are one place. */
const OTHER_NAMES: readonly [string, readonly string[]][] = [
  ['Türkiye', ['Turkey']], ['United States', ['America']], ['United Kingdom', ['Britain']], ['Korea', []],
];

const NAMES_OF_COUNTRY = new Map<string, readonly string[]>(OTHER_NAMES);
const COUNTRY_OF_NAME = new Map<string, string>(
  OTHER_NAMES.flatMap(([country, names]) => [country, ...names].map((name): [string, string] => [name.toLowerCase(), country])),
);

/** Longest demonym in words ("South African", "New Zealander"). */
export const MAX_DEMONYM_WORDS = 2;

/** The country a demonym names ("Chinese" → "China"), matched without regard to case; null for other words. */
export function countryOfDemonym(words: string): string | null {
  return gazetteerCountryOfDemonym(words) ?? EXTRA_DEMONYMS.get(words.toLowerCase()) ?? null;
}

/** Every name this table knows a country by, its canonical one first (the gazetteer's are checked by `namesCountry`). */
function namesOfCountry(country: string): readonly string[] {
  return [country, ...(NAMES_OF_COUNTRY.get(country) ?? [])];
}

/** Whether `name` names `country`: "U.S." and "United States", "Turkey" and "Türkiye". */
export function namesCountry(name: string, country: string): boolean {
  const key = name.toLowerCase();
  return countryOfName(name) === country || namesOfCountry(country).some((known) => known.toLowerCase() === key);
}

/** The country a name names, by the gazetteer or this table ("Britain" → "United Kingdom"); null for other names. */
export function countryOfName(name: string): string | null {
  return countryNamed(name) ?? countryNamed(asTokens(name)) ?? COUNTRY_OF_NAME.get(name.toLowerCase()) ?? null;
}

/** The gazetteer keys names by their tokens, the possessive split off: "People's Republic" → "People 's Republic". */
function asTokens(name: string): string {
  return name.replace(/(\p{L})['’]s(?=\s|$)/gu, "$1 's");
}
