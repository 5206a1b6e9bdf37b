// Headline attributions: Title Case headlines and "Name: statement" headlines.
import type { Token } from '../tokenize';
import { contentFrom, rangeOf, type RawAttribution, type UnitContext } from './unit-text';
import type { Unit } from './units';

/** "Pence Calls for Special Prosecutor": most words capitalised, as headlines are written. */
export function isTitleCase(tokens: readonly Token[], unit: Unit): boolean {
  let words = 0;
  let capitalised = 0;
  for (let i = unit.first; i <= unit.last; i += 1) {
    const text = (tokens[i] as Token).text;
    if (!/^\p{L}/u.test(text)) continue;
    words += 1;
    if (/^\p{Lu}/u.test(text)) capitalised += 1;
  }
  return words >= 4 && capitalised / words >= 0.7;
}

/** "Graham: Trump's rhetoric destroying GOP's chances": a short name, a colon, the statement (headline style). */
export function headlineColon(context: UnitContext, unit: Unit): RawAttribution | null {
  const { tokens } = context;
  let colon = -1;
  for (let i = unit.first; i <= Math.min(unit.last, unit.first + 5); i += 1) {
    if (tokens[i]?.text === ':') {
      colon = i;
      break;
    }
  }
  if (colon <= unit.first || /\b(?:note|update|correction|disclosure|watch|read|related|source|photo|video|editor)\b/i.test(context.text.slice((tokens[unit.first] as Token).start, (tokens[colon] as Token).start))) return null;
  for (let i = unit.first; i < colon; i += 1) {
    const text = (tokens[i] as Token).text;
    // Names only: capitalised words (not a shouted dateline such as "WASHINGTON") and possessives.
    if (!/^\p{Lu}\p{Ll}/u.test(text) && !/^(?:'s|’s|\.|-)$/u.test(text)) return null;
  }
  const content = contentFrom(context, unit, colon + 1);
  if (!content) return null;
  const cue = tokens[colon] as Token;
  return { content, moreContent: [], speaker: rangeOf(tokens, { first: unit.first, last: colon - 1 }), speakerIsSubject: false, cue: { start: cue.start, end: cue.end }, via: null };
}
