// Demonyms are never places of their own ("Russian" in "Russian President"), except before a region noun ("Korean peninsula");
// and "Beijing-Moscow" names two places.
import { candidateText, makeCandidate, isCapitalised, type Candidate, type TaggedBlock } from './candidate';
import { kindsOf } from '../gazetteer/lists';
import { countryOfName } from './demonyms';
import { demonymAt } from './role-words';

/** Lower-case nouns that turn a demonym into the name of a region. */
const REGION_NOUNS = new Set(['peninsula', 'mainland', 'coast', 'border', 'waters', 'highlands', 'capital']);
const HYPHEN = /[-‐‑]/u;

/** Drops mentions that are only a demonym and adds "<demonym> <region noun>" places. */
export function placeDemonyms(blocks: readonly TaggedBlock[], candidates: readonly Candidate[]): Candidate[] {
  const kept = candidates.filter((candidate) => {
    const demonym = demonymAt(candidate.block.tokens, candidate.first);
    // "UK" in "UK officials" works as a demonym but is the country's own name: it stays a mention of the place.
    return !(demonym && demonym.end === candidate.end) || countryOfName(candidateText(candidate)) !== null;
  });
  for (const block of blocks) {
    for (let i = 0; i < block.tokens.length; i += 1) {
      const demonym = demonymAt(block.tokens, i);
      if (!demonym || !isCapitalised(block.tokens[i]) || !REGION_NOUNS.has(block.tokens[demonym.end]?.text ?? '')) continue;
      const region = makeCandidate(block, i, demonym.end + 1, 'place', true);
      if (!kept.some((other) => other.block === block && other.start < region.stop && region.start < other.stop)) kept.push(region);
    }
  }
  return kept;
}

/** "Beijing-Moscow" tagged as one place is two: each capitalised part becomes a mention of its own. */
export function splitHyphenatedPlaces(candidates: readonly Candidate[]): Candidate[] {
  return candidates.flatMap((candidate) => {
    if (candidate.type !== 'place' || candidate.end - candidate.first !== 1) return [candidate];
    const text = candidate.block.text.slice(candidate.start, candidate.stop);
    const parts = text.split(HYPHEN);
    // Only when each part is a place of its own and the whole is none: "Nagorno-Karabakh" and "Guinea-Bissau" are one.
    if (parts.length < 2 || isListedPlace(text) || !parts.every((part) => /^\p{Lu}\p{Ll}/u.test(part) && isListedPlace(part))) return [candidate];
    let offset = candidate.start;
    return parts.map((part) => {
      const piece: Candidate = { ...candidate, start: offset, stop: offset + part.length };
      offset += part.length + 1;
      return piece;
    });
  });
}

function isListedPlace(word: string): boolean {
  const kinds = kindsOf([word]);
  return kinds.includes('place') || kinds.includes('country');
}
