// "Baltimore, MD", "Madison, Wis.": a US state's postal code or AP abbreviation right after a place and its comma is a place too.
import { STATE_AP_ABBREVIATIONS, STATE_POSTAL_CODES } from '../gazetteer/us-states';
import { entitySpans } from './tags';

/** How many tokens a state abbreviation at `i` takes: "Wis." is one token or "Wis" and "." (as our tokenizer splits it); 0 when none. */
function stateAt(words: readonly string[], i: number): number {
  const word = words[i] ?? '';
  if (STATE_POSTAL_CODES.has(word) || STATE_AP_ABBREVIATIONS.has(word)) return 1;
  // "Wis" + "." counts; "Wis" alone does not, nor "Md" (a doctor's "MD" is capitals).
  return words[i + 1] === '.' && STATE_AP_ABBREVIATIONS.has(`${word}.`) ? 1 : 0;
}

/** Tags a state abbreviation that follows a LOC span and a comma as a place of its own, when the tagger left it untagged. */
export function statesAfterPlaces(words: readonly string[], tags: readonly string[]): string[] {
  let out: string[] | null = null;
  for (const [, end, type] of entitySpans(tags)) {
    if (type !== 'LOC' || words[end] !== ',' || tags[end + 2] === 'I-LOC') continue;
    const at = end + 1;
    if ((tags[at] ?? 'O') !== 'O' || !stateAt(words, at)) continue;
    out ??= [...tags];
    out[at] = 'B-LOC';
  }
  return out ?? [...tags];
}
