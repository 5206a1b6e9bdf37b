// What the card says about an entity: affiliation by name, its quotes trimmed, its facts with their sources.
import { describe, expect, it } from 'vitest';
import { entityDetails, MAX_FACTS, MAX_QUOTES, shorten } from '../../../content/card/details';
import { fixtureAnalysis, FACTS, QUOTES } from './fixture';

describe('entityDetails', () => {
  it('gives a person their affiliation by name, their quotes and the facts they take part in', () => {
    const details = entityDetails(fixtureAnalysis(), 'e1')!;
    expect(details.entity.name).toBe('Mara Okonkwo');
    expect(details.affiliation).toBe('Veldmark');
    expect(details.mentionCount).toBe(3);
    // Direct words in quotation marks, white space collapsed and trimmed; reported speech as it stands.
    expect(details.quotes).toEqual(['“The new quay opens in spring, and not a day later.”', 'the union would be consulted on every shift']);
    expect(details.facts).toEqual([
      { text: 'Mara Okonkwo met the Harbour Workers Union in Veldmark.', source: { kind: 'name', name: 'Coastline Wire' } },
      // A source that is an entity id is shown by the entity's name.
      { text: 'The Harbour Workers Union wrote to Mara Okonkwo.', source: { kind: 'name', name: 'Harbour Workers Union' } },
      { text: 'Okonkwo is Minister of Ports of Veldmark.', source: { kind: 'unnamed' } },
    ]);
    expect(details.moreQuotes).toBe(0);
    expect(details.moreFacts).toBe(0);
  });

  it('finds facts where the entity is only an object, and says when a fact has no source', () => {
    const details = entityDetails(fixtureAnalysis(), 'e4')!;
    expect(details.affiliation).toBeNull();
    expect(details.quotes).toEqual([]);
    expect(details.facts).toEqual([{ text: 'Veldmark will host the Tide Festival.', source: { kind: 'none' } }]);
  });

  it('is null for an id the Analysis does not know, and tolerates an affiliation it does not know', () => {
    expect(entityDetails(fixtureAnalysis(), 'e404')).toBeNull();
    const analysis = fixtureAnalysis();
    analysis.entities = analysis.entities.map((e) => (e.id === 'e1' ? { ...e, affiliation: 'e404' } : e));
    expect(entityDetails(analysis, 'e1')!.affiliation).toBeNull();
  });

  it('keeps the card short: a few quotes and facts, and how many more there are', () => {
    const quotes = Array.from({ length: MAX_QUOTES + 2 }, (_, i) => ({ ...QUOTES[0]!, id: `q${i}`, text: `Line ${i}.` }));
    const facts = Array.from({ length: MAX_FACTS + 4 }, (_, i) => ({ ...FACTS[0]!, id: `f${i}`, text: `Fact ${i}.` }));
    const details = entityDetails(fixtureAnalysis({ quotes, facts }), 'e1')!;
    expect(details.quotes).toHaveLength(MAX_QUOTES);
    expect(details.moreQuotes).toBe(2);
    expect(details.facts.map((f) => f.text)).toEqual(Array.from({ length: MAX_FACTS }, (_, i) => `Fact ${i}.`));
    expect(details.moreFacts).toBe(4);
  });
});

describe('entityDetails leaves out repeats', () => {
  it('shows a quote the page repeats with a word changed once, and no statement that restates a quote', () => {
    const quotes = [
      { ...QUOTES[0]!, id: 'qa', kind: 'mixed' as const, text: 'ports should play "a bigger role in the region"', span: { block: 0, start: 0, end: 40 } },
      { ...QUOTES[0]!, id: 'qb', kind: 'mixed' as const, text: 'ports should play a "bigger role in the region"', span: { block: 3, start: 0, end: 40 } },
      { ...QUOTES[0]!, id: 'qc', kind: 'direct' as const, text: 'Cranes arrive in May.', span: { block: 4, start: 0, end: 20 } },
    ];
    const restating = { ...FACTS[0]!, id: 'fs', kind: 'statement' as const, text: 'Mara Okonkwo said ports should play a bigger role.', subject: 'e1', objects: [], evidence: { block: 3, start: 5, end: 30 } };
    const elsewhere = { ...restating, id: 'ft', text: 'Mara Okonkwo said the quay is late.', evidence: { block: 6, start: 0, end: 30 } };
    const details = entityDetails(fixtureAnalysis({ quotes, facts: [restating, elsewhere] }), 'e1')!;
    expect(details.quotes).toEqual(['ports should play "a bigger role in the region"', '“Cranes arrive in May.”']);
    expect(details.facts.map((f) => f.text)).toEqual(['Mara Okonkwo said the quay is late.']);
  });
});

describe('shorten', () => {
  it('cuts long text at a word with an ellipsis and leaves short text whole', () => {
    expect(shorten('  short   text ')).toBe('short text');
    const long = 'word '.repeat(100);
    const cut = shorten(long, 40);
    expect(cut.length).toBeLessThanOrEqual(40);
    expect(cut).toMatch(/^word( word)+…$/);
  });
});
