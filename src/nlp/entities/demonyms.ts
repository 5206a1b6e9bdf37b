// Demonyms and the countries they name ("Chinese" → China), so "Chinese President Xi" gets an affiliation, not a place.
// Hand-written stopgap: the gazetteer work (src/nlp/gazetteer/) is building full shipped lists from world-countries;
// once those land this table should read from them. Only common news demonyms are listed here.

/** Country name → its demonyms. The first name is the canonical one a new entity gets. */
const COUNTRIES: readonly [string, readonly string[]][] = [
  ['Afghanistan', ['Afghan']], ['Algeria', ['Algerian']], ['Argentina', ['Argentine', 'Argentinian']],
  ['Armenia', ['Armenian']], ['Australia', ['Australian']], ['Austria', ['Austrian']], ['Azerbaijan', ['Azerbaijani', 'Azeri']],
  ['Bangladesh', ['Bangladeshi']], ['Belarus', ['Belarusian']], ['Belgium', ['Belgian']], ['Brazil', ['Brazilian']],
  ['Britain', ['British']], ['Bulgaria', ['Bulgarian']], ['Canada', ['Canadian']], ['Chile', ['Chilean']],
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
  ['Britain', ['United Kingdom', 'UK', 'U.K.']], ['Czechia', ['Czech Republic']], ['Netherlands', ['Holland']],
];

const COUNTRY_OF_DEMONYM = new Map<string, string>(
  COUNTRIES.flatMap(([country, demonyms]) => demonyms.map((demonym): [string, string] => [demonym.toLowerCase(), country])),
);
const NAMES_OF_COUNTRY = new Map<string, readonly string[]>(OTHER_NAMES);

/** Longest demonym in words ("South African", "New Zealander"). */
export const MAX_DEMONYM_WORDS = 2;

/** The country a demonym names ("Chinese" → "China"), matched without regard to case; null for other words. */
export function countryOfDemonym(words: string): string | null {
  return COUNTRY_OF_DEMONYM.get(words.toLowerCase()) ?? null;
}

/** Every name a country is known by, its canonical one first. */
export function namesOfCountry(country: string): readonly string[] {
  return [country, ...(NAMES_OF_COUNTRY.get(country) ?? [])];
}
