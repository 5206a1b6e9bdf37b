// The tense cue nearest a time expression decides whether it points back from the article's day or ahead.
import { describe, expect, it } from 'vitest';
import { tenseDirection } from '../../../src/nlp/times/direction';

/** The direction for the first occurrence of `expression` in `sentence`. */
function directionOf(sentence: string, expression: string): string | null {
  const start = sentence.indexOf(expression);
  return tenseDirection(sentence, start, start + expression.length);
}

describe('tenseDirection', () => {
  it('reads past-tense verbs, regular and irregular, as backward', () => {
    expect(directionOf('Sun Weidong, who was in Moscow on Monday, said', 'Monday')).toBe('backward');
    expect(directionOf('The ministers announced on Monday that', 'Monday')).toBe('backward');
    expect(directionOf('Protesters took to the streets on Monday', 'Monday')).toBe('backward');
  });

  it('reads modals, plans and schedules as forward', () => {
    expect(directionOf('Russia plans to hold the BRICS Summit in the city of Kazan in October.', 'October')).toBe('forward');
    expect(directionOf("He'll travel there in October", 'October')).toBe('forward');
    expect(directionOf('The summit is to take place in October', 'October')).toBe('forward');
    expect(directionOf('The upcoming vote in October', 'October')).toBe('forward');
  });

  it('lets the auxiliary, not the participle, carry the tense', () => {
    expect(directionOf('The summit will be held in October', 'October')).toBe('forward');
    expect(directionOf('The summit was held in October', 'October')).toBe('backward');
  });

  it('prefers the nearest cue before the expression', () => {
    expect(directionOf('Officials said the talks will resume on Monday', 'Monday')).toBe('forward');
    expect(directionOf('He will say that they met on Monday', 'Monday')).toBe('backward');
  });

  it('reads a present-tense course verb just before the date as a schedule, not a participle further off', () => {
    expect(directionOf('Early voting opens in some counties on October 9th, but the final rallies follow', 'October 9th')).toBe('forward');
    expect(directionOf('Early voting starts Monday in Georgia', 'Monday')).toBe('forward');
    expect(directionOf('Trump, who is 78, spoke on Monday', 'Monday')).toBeNull();
  });

  it('stays inside the sentence', () => {
    expect(directionOf('The vote was postponed. Campaigning on Monday is calm.', 'Monday')).toBeNull();
  });

  it('is null with no cue', () => {
    expect(directionOf("Sunday's election", 'Sunday')).toBeNull();
    expect(directionOf('Stocks rise on Monday', 'Monday')).toBeNull();
  });
});

describe('tenseDirection across abbreviations and obligations', () => {
  it('does not end the sentence at "Gov." and finds the verb after the name', () => {
    expect(directionOf('In January, Gov. Ada Brennan of North Dakota praised Mr. Oduya.', 'January')).toBe('backward');
  });

  it('reads "has to" and "were to" as looking ahead', () => {
    expect(directionOf('She now has to persuade the board to back her plan in November.', 'November')).toBe('forward');
    expect(directionOf('He said that if the union were to prevail in November, it would strike.', 'November')).toBe('forward');
  });
});
