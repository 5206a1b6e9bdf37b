// The US states and DC with their postal codes and AP abbreviations, as datelines and addresses write them ("Madison, Wis.", "Baltimore, MD").

/** Name, USPS code, AP stylebook abbreviation (without its final dot; none for the states AP writes out). */
const STATES: readonly (readonly [string, string, string | null])[] = [
  ['Alabama', 'AL', 'Ala'], ['Alaska', 'AK', null], ['Arizona', 'AZ', 'Ariz'], ['Arkansas', 'AR', 'Ark'], ['California', 'CA', 'Calif'],
  ['Colorado', 'CO', 'Colo'], ['Connecticut', 'CT', 'Conn'], ['Delaware', 'DE', 'Del'], ['Florida', 'FL', 'Fla'], ['Georgia', 'GA', 'Ga'],
  ['Hawaii', 'HI', null], ['Idaho', 'ID', null], ['Illinois', 'IL', 'Ill'], ['Indiana', 'IN', 'Ind'], ['Iowa', 'IA', null],
  ['Kansas', 'KS', 'Kan'], ['Kentucky', 'KY', 'Ky'], ['Louisiana', 'LA', 'La'], ['Maine', 'ME', null], ['Maryland', 'MD', 'Md'],
  ['Massachusetts', 'MA', 'Mass'], ['Michigan', 'MI', 'Mich'], ['Minnesota', 'MN', 'Minn'], ['Mississippi', 'MS', 'Miss'], ['Missouri', 'MO', 'Mo'],
  ['Montana', 'MT', 'Mont'], ['Nebraska', 'NE', 'Neb'], ['Nevada', 'NV', 'Nev'], ['New Hampshire', 'NH', 'N.H'], ['New Jersey', 'NJ', 'N.J'],
  ['New Mexico', 'NM', 'N.M'], ['New York', 'NY', 'N.Y'], ['North Carolina', 'NC', 'N.C'], ['North Dakota', 'ND', 'N.D'], ['Ohio', 'OH', null],
  ['Oklahoma', 'OK', 'Okla'], ['Oregon', 'OR', 'Ore'], ['Pennsylvania', 'PA', 'Pa'], ['Rhode Island', 'RI', 'R.I'], ['South Carolina', 'SC', 'S.C'],
  ['South Dakota', 'SD', 'S.D'], ['Tennessee', 'TN', 'Tenn'], ['Texas', 'TX', null], ['Utah', 'UT', null], ['Vermont', 'VT', 'Vt'],
  ['Virginia', 'VA', 'Va'], ['Washington', 'WA', 'Wash'], ['West Virginia', 'WV', 'W.Va'], ['Wisconsin', 'WI', 'Wis'], ['Wyoming', 'WY', 'Wyo'],
  ['District of Columbia', 'DC', 'D.C'],
]; // prettier-ignore

/** USPS codes of the states and DC ("IN", "OR", "ME" are words otherwise, so they count in capitals only). */
export const STATE_POSTAL_CODES: ReadonlySet<string> = new Set(STATES.map(([, postal]) => postal));

/** AP abbreviations with their final dot, as a dateline writes them ("Wis.", "N.J."). */
export const STATE_AP_ABBREVIATIONS: ReadonlySet<string> = new Set(STATES.flatMap(([, , ap]) => (ap ? [`${ap}.`] : [])));

const STATE_OF_TEXT = new Map(
  STATES.flatMap(([name, postal, ap]) => [[name, name], [postal, name], ...(ap ? [[ap, name], [`${ap}.`, name]] : [])] as [string, string][]),
);

/**
 * The state a name, postal code or AP abbreviation (with or without its final dot) stands for: "Wis" and "Wisconsin"
 * → "Wisconsin"; null for anything else.
 */
export function usStateNamed(text: string): string | null {
  return STATE_OF_TEXT.get(text) ?? null;
}
