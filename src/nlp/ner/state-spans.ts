// "Baltimore, MD", "Madison, Wis.": a US state's postal code or AP abbreviation right after a place and its comma is a place too.
import { entitySpans } from './tags';

/** USPS codes of the states and DC, matched only in capitals ("IN", "OR", "ME" are words otherwise). */
const POSTAL_CODES = new Set('AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC'.split(' '));
/** The AP stylebook's state abbreviations, as datelines write them. */
const AP_ABBREVIATIONS = new Set(
  'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'.split(' '),
);

/** How many tokens a state abbreviation at `i` takes: "Wis." is one token or "Wis" and "." (as our tokenizer splits it); 0 when none. */
function stateAt(words: readonly string[], i: number): number {
  const word = words[i] ?? '';
  if (POSTAL_CODES.has(word) || AP_ABBREVIATIONS.has(word)) return 1;
  // "Wis" + "." counts; "Wis" alone does not, nor "Md" (a doctor's "MD" is capitals).
  return words[i + 1] === '.' && AP_ABBREVIATIONS.has(`${word}.`) ? 1 : 0;
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
