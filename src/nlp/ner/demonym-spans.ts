// Demonyms are not places (issue 3): a LOC span that is exactly a demonym ("Chinese", "South African") is read as MISC.
import { kindsOf } from '../gazetteer/lists';
import { entitySpans } from './tags';

/** Whether the words are listed as a demonym and not also as a country or place ("Chinese" yes, "Georgia" no). */
export function isOnlyDemonym(words: readonly string[]): boolean {
  const kinds = kindsOf(words);
  return kinds.includes('demonym') && !kinds.includes('country') && !kinds.includes('place');
}

/**
 * Retypes LOC spans that are a bare demonym as MISC, as CoNLL and WikiGold tag them. Used on the tagger's
 * output and on training data, where the Broad Twitter Corpus tags "Russian" as a place about half the time.
 */
export function demonymsAsMisc(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (const [start, end, type] of entitySpans(tags)) {
    if (type !== 'LOC' || !isOnlyDemonym(words.slice(start, end))) continue;
    for (let i = start; i < end; i++) out[i] = `${i === start ? 'B' : 'I'}-MISC`;
  }
  return out;
}
