// Speaker words that name no one, page promotions, and names that only say whose: each read on a short sentence.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/analysis';
import { extractQuotes } from '../../../src/nlp/quotes/index';
import { deniedBy, isPromotion, sourceIn } from '../../../src/nlp/quotes/not-speakers';

const read = (text: string, entities: Entity[] = []) =>
  extractQuotes([{ kind: 'paragraph', text }], entities).map((q) => ({ speakerText: q.speakerText, speaker: q.speaker, text: q.text }));

function person(name: string, text: string): Entity {
  const at = text.indexOf(name);
  return { id: 'e1', type: 'person', name, aliases: [], role: null, affiliation: null, salience: 0.5, mentions: [{ block: 0, start: at, end: at + name.length }] };
}

describe('speaker words that name no one', () => {
  it('a clause ending in "that" is no speaker; a noun phrase before "that" is', () => {
    const text = 'rejects any indicators that';
    expect(sourceIn(text, { start: 0, end: text.length })).toBeNull();
    const groups = 'progressive groups that';
    expect(sourceIn(groups, { start: 0, end: groups.length })).toEqual({ start: 0, end: 'progressive groups'.length });
    expect(read('Hassan rejects any polls that suggest the deal is dead.')[0]?.speakerText ?? null).toBeNull();
  });

  it('"whose feud threatened …" names no speaker; "whose lawyers said …" does', () => {
    expect(sourceIn('whose feud', { start: 0, end: 10 })).toBeNull();
    expect(sourceIn('whose lawyers', { start: 0, end: 13 })).toEqual({ start: 0, end: 13 });
  });

  it('a denial is no statement: "Neither side believes that …", "Nobody said …"', () => {
    expect(deniedBy('Neither side')).toBe(true);
    expect(deniedBy('Nobody')).toBe(true);
    expect(deniedBy('Both camps')).toBe(false);
    expect(read('Neither side believes the talks will resume this year.')).toEqual([]);
  });

  it('"given that most renters say …" is the renters\' statement, not a speaker closing the words before', () => {
    expect(read('The race may turn on the “housing vote” given that most renters say rents are too high.')).toEqual([
      { speakerText: 'most renters', speaker: null, text: 'rents are too high' },
    ]);
  });

  it('a spaced hyphen closes an appositive before the verb', () => {
    const text = 'The audit by the state auditor - which looked at the fire that killed Ana Ruiz last May - found that the alarms had failed.';
    expect(read(text, [person('Ana Ruiz', text)])[0]).toMatchObject({ speakerText: 'The audit by the state auditor', speaker: null });
  });

  it('a name closing a relative clause in a long subject is not the speaker', () => {
    const text = 'Several of the engineers who inspected the bridge at the request of the Transport Ministry expressed doubts about its safety.';
    expect(read(text)[0]?.speakerText ?? null).not.toBe('Transport Ministry');
  });

  it('"Trump allies", "Harris’ team": the name says whose, the speakers are not that person', () => {
    const text = 'Okafor allies suggested the vote might be delayed until spring.';
    const [quote] = read(text, [person('Okafor', text)]);
    expect(quote).toMatchObject({ speakerText: 'Okafor allies', speaker: null });
    const own = 'Okafor suggested the vote might be delayed until spring.';
    expect(read(own, [person('Okafor', own)])[0]).toMatchObject({ speaker: 'e1' });
  });
});

describe('a description before the name', () => {
  it('"Okafor\'s neighbor in Lagos, Ana Ruiz, said": the speaker is the person named last', () => {
    const text = '“A lovely man,” Okafor’s neighbor in Lagos, Ana Ruiz, said.';
    const at = (name: string) => { const i = text.indexOf(name); return { block: 0, start: i, end: i + name.length }; };
    const entities: Entity[] = [
      { id: 'e1', type: 'person', name: 'Okafor', aliases: [], role: null, affiliation: null, salience: 0.5, mentions: [at('Okafor')] },
      { id: 'e2', type: 'person', name: 'Ana Ruiz', aliases: [], role: null, affiliation: null, salience: 0.5, mentions: [at('Ana Ruiz')] },
    ];
    expect(read(text, entities)[0]?.speaker).toBe('e2');
  });
});

describe('page promotions', () => {
  it('knows a newsletter box, a call for readers and a standards line', () => {
    expect(isPromotion('Sign up for Morning Brief to get it in your inbox every weekday.')).toBe(true);
    expect(isPromotion('We want to hear from you: have you been affected by the floods?')).toBe(true);
    expect(isPromotion('Our Standards: The Thomson Reuters Trust Principles.')).toBe(true);
    expect(isPromotion('The union said members would sign up for the new scheme in May.')).toBe(false);
  });

  it('reads no quote in them', () => {
    expect(read('We want to hear from you: is your village short of water this summer?')).toEqual([]);
  });
});
