// State abbreviations after a place and its comma: "Madison, Wis.", "Baltimore, MD".
import { describe, expect, it } from 'vitest';
import { statesAfterPlaces } from '../../../src/nlp/ner/state-spans';

const split = (text: string) => text.split(' ');

describe('statesAfterPlaces', () => {
  it('tags a postal code or an AP abbreviation after a place and a comma', () => {
    expect(statesAfterPlaces(split('in Dunmore , PA today'), split('O B-LOC O O O'))).toEqual(split('O B-LOC O B-LOC O'));
    expect(statesAfterPlaces(split('Lake Ferris , Wis . ,'), split('B-LOC I-LOC O O O O'))).toEqual(split('B-LOC I-LOC O B-LOC O O'));
    expect(statesAfterPlaces(split('Camden , N.J. said'), split('B-LOC O O O'))).toEqual(split('B-LOC O B-LOC O'));
  });

  it('leaves words that only look like codes, and codes after no place', () => {
    // "OR" after a person, "or" in lower case, an abbreviation without its dot, a code already tagged.
    expect(statesAfterPlaces(split('Kim Dorn , OR someone'), split('B-PER I-PER O O O'))).toEqual(split('B-PER I-PER O O O'));
    expect(statesAfterPlaces(split('Dunmore , or else'), split('B-LOC O O O'))).toEqual(split('B-LOC O O O'));
    expect(statesAfterPlaces(split('Dunmore , Wis and'), split('B-LOC O O O'))).toEqual(split('B-LOC O O O'));
    expect(statesAfterPlaces(split('Dunmore , PA Power'), split('B-LOC O B-ORG I-ORG'))).toEqual(split('B-LOC O B-ORG I-ORG'));
  });
});
