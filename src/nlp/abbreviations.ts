// Abbreviations written with a full stop ("Dr.", "Gen.", "Inc."): the stop belongs to the word, not the sentence.

/** Titles and name parts: always followed by more of the same sentence ("Dr. Sun", "Gen. Milley"). */
const BEFORE_NAMES = new Set([
  'mr', 'mrs', 'ms', 'messrs', 'mme', 'mlle', 'dr', 'prof', 'rev', 'fr', 'hon', 'pres', 'gov', 'sen', 'rep', 'amb',
  'gen', 'lt', 'col', 'maj', 'capt', 'cpt', 'cmdr', 'adm', 'sgt', 'cpl', 'pvt', 'brig', 'insp', 'supt', 'det',
  // Not "no", "art", "sec": ordinary words that often close a sentence.
  'st', 'mt', 'ft', 'sr', 'jr', 'vol', 'fig', 'pp', 'cf', 'ca', 'approx',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Abbreviations that also end sentences ("… Apple Inc. The company said"). */
const MAY_END = new Set(['inc', 'ltd', 'co', 'corp', 'plc', 'llc', 'bros', 'etc', 'dept', 'univ', 'assn', 'ave', 'blvd', 'rd', 'vs']);

/** True when a word directly followed by "." is a known abbreviation (compared without case). */
export function isAbbreviation(word: string): boolean {
  const key = word.toLowerCase();
  return BEFORE_NAMES.has(key) || MAY_END.has(key);
}

/** True for an abbreviation token ("Inc.", "U.S.") whose full stop can also close the sentence. */
export function mayEndSentence(token: string): boolean {
  if (!token.endsWith('.')) return false;
  const key = token.slice(0, -1).toLowerCase();
  if (BEFORE_NAMES.has(key)) return false;
  return MAY_END.has(key) || /^(?:\p{L}\.)+$/u.test(token);
}
