// US states by name, postal code and AP abbreviation, and one place entity per state in a story.
import { describe, expect, it } from 'vitest';
import { STATE_AP_ABBREVIATIONS, STATE_POSTAL_CODES, usStateNamed } from '../../../src/nlp/gazetteer/us-states';
import { analyzePlainText } from '../../../src/analyze';
import { tagDocument } from '../../../src/nlp/ner';

describe('usStateNamed', () => {
  it('reads names, postal codes and AP abbreviations with or without the dot', () => {
    expect(['Wisconsin', 'WI', 'Wis', 'Wis.'].map(usStateNamed)).toEqual(new Array(4).fill('Wisconsin'));
    expect(usStateNamed('N.J.')).toBe('New Jersey');
    expect(usStateNamed('D.C.')).toBe('District of Columbia');
    expect([usStateNamed('Wisc'), usStateNamed('in'), usStateNamed('Berlin')]).toEqual([null, null, null]);
  });

  it('has every state and DC', () => {
    expect(STATE_POSTAL_CODES.size).toBe(51);
    expect(STATE_AP_ABBREVIATIONS.has('Calif.')).toBe(true);
    expect(STATE_AP_ABBREVIATIONS.has('Ohio.')).toBe(false); // AP writes Ohio out
  });
});

describe('a state in a dateline and in the story', () => {
  it('is one place entity under its name, the abbreviation an alias', () => {
    const analysis = analyzePlainText(
      'MILWAUKEE, Wis. (AP) — Farmers gathered on Tuesday to hear the plan.\nThe plan would help dairy farms across Wisconsin, officials said.',
      { tagger: tagDocument },
    );
    const states = analysis.entities.filter((entity) => entity.name === 'Wisconsin');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ type: 'place', aliases: ['Wis'] });
    expect(states[0]?.mentions).toHaveLength(2);
  });
});
