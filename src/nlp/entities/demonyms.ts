// Demonyms and the countries they name ("Chinese" → China), so "Chinese President Xi" gets an affiliation, not a place.
// The shipped gazetteer (src/nlp/gazetteer, from world-countries) answers first; this small hand-written table only
// fills what it leaves out on purpose or spells differently in news text ("Korean", "Saudi", "Turkey", "Britain").
import { countryNamed, countryOfDemonym as gazetteerCountryOfDemonym } from '../gazetteer/lists';

/** Country name → its demonyms. The first name is the canonical one a new entity gets. */
const COUNTRIES: readonly [string, readonly string[]][] = [
  ['Afghanistan', ['Afghan']], ['Algeria', ['Algerian']], ['Argentina', ['Argentine', 'Argentinian']],
  ['Armenia', ['Armenian']], ['Australia', ['Australian']], ['Austria', ['Austrian']], ['Azerbaijan', ['Azerbaijani', 'Azeri']],
  ['Bangladesh', ['Bangladeshi']], ['Belarus', ['Belarusian']], ['Belgium', ['Belgian']], ['Brazil', ['Brazilian']],
  ['Bulgaria', ['Bulgarian']], ['Canada', ['Canadian']], ['Chile', ['Chilean']],
  ['China', ['Chinese']], ['Colombia', ['Colombian']], ['Croatia', ['Croatian']], ['Cuba', ['Cuban']],
  ['Czechia', ['Czech']], ['Denmark', ['Danish']], ['Egypt', ['Egyptian']], ['Estonia', ['Estonian']],
  ['Ethiopia', ['Ethiopian']], ['Finland', ['Finnish']], ['France', ['French']], ['Georgia', ['Georgian']],
  ['Germany', ['German']], ['Greece', ['Greek']], ['Hungary', ['Hungarian']], ['India', ['Indian']],
  ['Indonesia', ['Indonesian']], ['Iran', ['Iranian']], ['Iraq', ['Iraqi']], ['Ireland', ['Irish']],
  ['Israel', ['Israeli']], ['Italy', ['Italian']], ['Japan', ['Japanese']], ['Jordan', ['Jordanian']],
  ['Kazakhstan', ['Kazakh']], ['Kenya', ['Kenyan']], ['Korea', ['Korean']], ['Kuwait', ['Kuwaiti']],
  ['Latvia', ['Latvian']], ['Lebanon', ['Lebanese']], ['Libya', ['Libyan']], ['Lithuania', ['Lithuanian']],
  ['Malaysia', ['Malaysian']], ['Mexico', ['Mexican']], ['Moldova', ['Moldovan']], ['Morocco', ['Moroccan']],
  ['Netherlands', ['Dutch']], ['New Zealand', ['New Zealander']], ['Nigeria', ['Nigerian']], ['North Korea', ['North Korean']],
  ['Norway', ['Norwegian']], ['Pakistan', ['Pakistani']], ['Palestine', ['Palestinian']], ['Peru', ['Peruvian']],
  ['Philippines', ['Filipino', 'Philippine']], ['Poland', ['Polish']], ['Portugal', ['Portuguese']], ['Qatar', ['Qatari']],
  ['Romania', ['Romanian']], ['Russia', ['Russian']], ['Saudi Arabia', ['Saudi']], ['Serbia', ['Serbian']],
  ['Slovakia', ['Slovak']], ['Somalia', ['Somali']], ['South Africa', ['South African']], ['South Korea', ['South Korean']],
  ['Spain', ['Spanish']], ['Sudan', ['Sudanese']], ['Sweden', ['Swedish']], ['Switzerland', ['Swiss']],
  ['Syria', ['Syrian']], ['Taiwan', ['Taiwanese']], ['Thailand', ['Thai']], ['Tunisia', ['Tunisian']],
  ['Türkiye', ['Turkish']], ['Ukraine', ['Ukrainian']], ['United Arab Emirates', ['Emirati']],
  ['United Kingdom', ['UK']], ['United States', ['American']], ['Venezuela', ['Venezuelan']],
  ['Vietnam', ['Vietnamese']], ['Yemen', ['Yemeni']],
];

/** Other names a country goes by in news text, so "Turkey" and "Türkiye" are one place. */
const OTHER_NAMES: readonly [string, readonly string[]][] = [
  ['Türkiye', ['Turkey']], ['United States', ['US', 'U.S.', 'USA', 'America']], ['United Kingdom', ['UK', 'U.K.', 'Britain']],
 ['Czechia', ['Czech Republic']], ['Netherlands', ['Holland']],
];

const COUNTRY_OF_DEMONYM = new Map<string, string>(
  COUNTRIES.flatMap(([country, demonyms]) => demonyms.map((demonym): [string, string] => [demonym.toLowerCase(), country])),
);
const NAMES_OF_COUNTRY = new Map<string, readonly string[]>(OTHER_NAMES);

/** Longest demonym in words ("South African", "New Zealander"). */
export const MAX_DEMONYM_WORDS = 2;

/** The country a demonym names ("Chinese" → "China"), matched without regard to case; null for other words. */
export function countryOfDemonym(words: string): string | null {
  return gazetteerCountryOfDemonym(words) ?? COUNTRY_OF_DEMONYM.get(words.toLowerCase()) ?? null;
}

/** Every name this table knows a country by, its canonical one first (the gazetteer's are checked by `namesCountry`). */
export function namesOfCountry(country: string): readonly string[] {
  return [country, ...(NAMES_OF_COUNTRY.get(country) ?? [])];
}

/** Whether `name` names `country`: "U.S." and "United States", "Turkey" and "Türkiye". */
export function namesCountry(name: string, country: string): boolean {
  const key = name.toLowerCase();
  return countryNamed(name) === country || namesOfCountry(country).some((known) => known.toLowerCase() === key);
}

const COUNTRY_OF_NAME = new Map<string, string>(
  [...COUNTRIES.map(([country]): [string, string] => [country.toLowerCase(), country]),
    ...OTHER_NAMES.flatMap(([country, names]) => names.map((name): [string, string] => [name.toLowerCase(), country]))],
);

/** The country a name names, by the gazetteer or this table ("Britain" → "United Kingdom"); null for other names. */
export function countryOfName(name: string): string | null {
  return countryNamed(name) ?? COUNTRY_OF_NAME.get(name.toLowerCase()) ?? null;
}
