// Words that make up a title or office before or after a name ("Vice Foreign Minister", "spokesperson").
import type { Token } from '../tokenize';
import { beginsDemonym, countryOfDemonym, MAX_DEMONYM_WORDS } from './demonyms';

/** Nouns that are an office on their own; a role must contain one ("Foreign" alone is no role). */
const ROLE_HEADS = new Set([
  'president', 'president-elect', 'vice-president', 'minister', 'chancellor', 'secretary', 'secretary-general', 'spokesperson',
  'spokesman', 'spokeswoman', 'general', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'senator', 'governor',
  'mayor', 'ambassador', 'envoy', 'commander', 'colonel', 'admiral', 'director', 'chairman', 'chairwoman', 'chair', 'speaker',
  'leader', 'judge', 'attorney', 'ceo', 'representative', 'adviser', 'advisor', 'chief', 'emir', 'sheikh', 'lawmaker',
  'diplomat', 'official', 'coach', 'captain', 'head', 'prosecutor', 'negotiator', 'lieutenant', 'sergeant', 'marshal',
  'sen', 'gen', 'gov', 'rep', 'col', 'lt', 'maj', 'adm', 'sgt', 'supt',
]);

/** Words that qualify an office ("Vice", "Foreign", "Defence", "former"); never a role by themselves. */
const ROLE_MODIFIERS = new Set([
  'vice', 'deputy', 'prime', 'foreign', 'defence', 'defense', 'finance', 'state', 'first', 'senior', 'assistant', 'executive',
  'interior', 'trade', 'economy', 'economic', 'health', 'education', 'energy', 'home', 'justice', 'national', 'security',
  'special', 'supreme', 'crown', 'opposition', 'former', 'acting', 'interim', 'affairs', 'external', 'military', 'army',
  'police', 'party', 'ministry', 'labour', 'labor', 'environment', 'culture', 'transport', 'agriculture', 'communications',
  'intelligence', 'cabinet', 'presidential', 'top', 'chief', 'general', 'major', 'attorney', 'deputy-prime',
]);

/** Courtesy titles: dropped from a person's name but no role. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'prof', 'professor', 'madam', 'mx']);

const bare = (token: Token | undefined): string => (token?.text ?? '').toLowerCase().replace(/\.$/u, '');

export function isRoleHead(token: Token | undefined): boolean {
  return token?.kind === 'word' && ROLE_HEADS.has(bare(token));
}

export function isRoleWord(token: Token | undefined): boolean {
  return token?.kind === 'word' && (ROLE_HEADS.has(bare(token)) || ROLE_MODIFIERS.has(bare(token)));
}

export function isHonorific(token: Token | undefined): boolean {
  return token?.kind === 'word' && HONORIFICS.has(bare(token));
}

/** The demonym ending just before token `end` ("Chinese", "South African"): its country and first token, or null. */
export function demonymBefore(tokens: readonly Token[], end: number): { country: string; first: number } | null {
  for (let words = MAX_DEMONYM_WORDS; words >= 1; words -= 1) {
    const first = end - words;
    if (first < 0 || !startsDemonym(tokens[first])) continue;
    const country = countryOfDemonym(tokens.slice(first, end).map((token) => token.text).join(' '));
    if (country) return { country, first };
  }
  return null;
}

/** The demonym starting at token `first`: its country and the token after it, or null. */
export function demonymAt(tokens: readonly Token[], first: number): { country: string; end: number } | null {
  if (!startsDemonym(tokens[first])) return null;
  for (let words = MAX_DEMONYM_WORDS; words >= 1; words -= 1) {
    if (first + words > tokens.length) continue;
    const country = countryOfDemonym(tokens.slice(first, first + words).map((token) => token.text).join(' '));
    if (country) return { country, end: first + words };
  }
  return null;
}

/** Whether a token may be a demonym's first word: no other token can begin one (tokens hold no spaces). */
function startsDemonym(token: Token | undefined): boolean {
  return token !== undefined && beginsDemonym(token.text.toLowerCase());
}

export function isPossessiveMark(token: Token | undefined): boolean {
  return token !== undefined && /^['’]s$/iu.test(token.text);
}
