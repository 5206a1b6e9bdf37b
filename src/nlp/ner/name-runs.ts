// Runs of capitalised words ("Shanghai Cooperation Organisation") and what the lists say about their edges.
import { hasKind } from '../gazetteer/match';
import { GAZETTEER_KINDS } from '../gazetteer/lists';

const ORG_CUE = GAZETTEER_KINDS.indexOf('org-cue');
const TITLE = GAZETTEER_KINDS.indexOf('title');
const DEMONYM = GAZETTEER_KINDS.indexOf('demonym');
const FIRST_NAME = GAZETTEER_KINDS.indexOf('first-name');
/** Small words that may sit inside a name between capitalised ones ("Bank of England", "Ministry for Foreign Affairs"). */
const BRIDGES = new Set(['of', 'for', 'and', 'de', 'del', 'la', 'on', '&']);

/** Run-edge facts per token, one bit each; bits 6..7 give the token's place in its run. */
export const RUN_ENDS_IN_ORG_CUE = 1;
export const RUN_AFTER_TITLE = 2;
export const RUN_AFTER_DEMONYM = 4;
export const RUN_STARTS_WITH_FIRST_NAME = 8;
export const RUN_HAS_ORG_CUE = 16;
export const RUN_LONE = 32;

/**
 * For every token in a run of capitalised words (cap classes 1–3, bridged by "of"/"for"/…), a code of what
 * the lists say about the run: ends in an organisation cue, follows a title or a demonym, starts with a first
 * name. A title or demonym at the start of a run is left out of the run, as it is not part of the name.
 * Tokens outside any run get 0.
 */
export function nameRunCodes(cap: readonly number[], lower: readonly string[], marks: Uint16Array): Uint16Array {
  const n = cap.length;
  const codes = new Uint16Array(n);
  const capitalised = (i: number) => {
    const c = cap[i] ?? 0;
    return c >= 1 && c <= 3;
  };
  const leadIn = (i: number) => hasKind(marks[i] ?? 0, TITLE) || hasKind(marks[i] ?? 0, DEMONYM);
  let i = 0;
  while (i < n) {
    if (!capitalised(i) || leadIn(i)) {
      i++;
      continue;
    }
    let end = i + 1;
    while (end < n && (capitalised(end) || (BRIDGES.has(lower[end] ?? '') && end + 1 < n && capitalised(end + 1)))) end++;
    let code = 0;
    if (hasKind(marks[end - 1] ?? 0, ORG_CUE)) code |= RUN_ENDS_IN_ORG_CUE;
    for (let j = i; j < end; j++) if (hasKind(marks[j] ?? 0, ORG_CUE)) code |= RUN_HAS_ORG_CUE;
    if (i > 0 && hasKind(marks[i - 1] ?? 0, TITLE)) code |= RUN_AFTER_TITLE;
    if (i > 0 && hasKind(marks[i - 1] ?? 0, DEMONYM)) code |= RUN_AFTER_DEMONYM;
    if (hasKind(marks[i] ?? 0, FIRST_NAME)) code |= RUN_STARTS_WITH_FIRST_NAME;
    if (end - i === 1) code |= RUN_LONE;
    for (let j = i; j < end; j++) codes[j] = code | ((j === i ? 1 : j === end - 1 ? 2 : 3) << 6);
    i = end;
  }
  return codes;
}
