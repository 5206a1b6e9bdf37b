// A name ending in an organisation word ("European Central Bank") is an organisation, whatever its first words suggest.
import { ORG_ENDINGS } from '../gazetteer/cues';
import { kindsOf } from '../gazetteer/lists';
import { entitySpans } from './tags';

const ENDINGS = new Set(ORG_ENDINGS.map((word) => word.toLowerCase()));

/** Retypes multi-word LOC/PER/MISC spans whose last word is an organisation ending, unless the list knows them as a place. */
export function orgEndingsAsOrg(words: readonly string[], tags: readonly string[]): string[] {
  const out = [...tags];
  for (const [start, end, type] of entitySpans(tags)) {
    if (type === 'ORG' || end - start < 2 || !ENDINGS.has((words[end - 1] ?? '').toLowerCase())) continue;
    const kinds = kindsOf(words.slice(start, end));
    if (kinds.includes('place') || kinds.includes('country')) continue;
    for (let i = start; i < end; i++) out[i] = `${i === start ? 'B' : 'I'}-ORG`;
  }
  return out;
}
