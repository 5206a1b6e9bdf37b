// Each rule over a stub tagger that tags only the names given, so the rule and not the model is under test.
import { describe, expect, it } from 'vitest';
import type { Block, Entity } from '../../../src/analysis';
import { extractEntities } from '../../../src/nlp/entities';
import { stubTagger } from './stub-tagger';

type Tags = Parameters<typeof stubTagger>[0];

function run(texts: string[], tags: Tags): { entities: Entity[]; byName: (name: string) => Entity | undefined; surfaces: (e?: Entity) => string[] } {
  const blocks: Block[] = texts.map((text) => ({ kind: 'paragraph', text }));
  const entities = extractEntities(blocks, { tag: stubTagger(tags) });
  return {
    entities,
    byName: (name) => entities.find((entity) => entity.name === name),
    surfaces: (entity) => (entity?.mentions ?? []).map((span) => blocks[span.block]?.text.slice(span.start, span.end) ?? ''),
  };
}

describe('roles and affiliations', () => {
  it('reads the title inside a tagged name out of it, with the demonym as affiliation', () => {
    const { byName } = run(['Turkish President Recep Tayyip Erdogan spoke in Ankara.'], { 'President Recep Tayyip Erdogan': 'PER', Turkish: 'MISC', Ankara: 'LOC' });
    const erdogan = byName('Recep Tayyip Erdogan');
    expect(erdogan).toMatchObject({ type: 'person', role: 'President' });
    expect(byName('Türkiye')).toMatchObject({ id: erdogan?.affiliation, type: 'place', mentions: [] });
    expect(byName('Turkish')).toBeUndefined();
  });

  it('takes the affiliation from a possessive or a preceding organisation', () => {
    const { byName } = run(["NATO Secretary-General Jens Stoltenberg met Germany's Chancellor Olaf Scholz."], { NATO: 'ORG', 'Jens Stoltenberg': 'PER', Germany: 'LOC', 'Olaf Scholz': 'PER' });
    expect(byName('Jens Stoltenberg')).toMatchObject({ role: 'Secretary-General', affiliation: byName('NATO')?.id });
    expect(byName('Olaf Scholz')).toMatchObject({ role: 'Chancellor', affiliation: byName('Germany')?.id });
  });

  it("lets a person own a role through the possessive only", () => {
    const { byName } = run(["Putin's spokesman Dmitry Peskov spoke.", 'Putin aide Yuri Ushakov agreed.'], { Putin: 'PER', 'Dmitry Peskov': 'PER', 'Yuri Ushakov': 'PER' });
    expect(byName('Dmitry Peskov')).toMatchObject({ role: 'spokesman', affiliation: byName('Putin')?.id });
    expect(byName('Yuri Ushakov')?.affiliation).toBeNull();
  });

  it('finds the untagged mentions of a country a demonym names', () => {
    const { byName, surfaces } = run(["Turkish Foreign Minister Hakan Fidan spoke.", "Turkey's offer stands; Türkiye said so."], { 'Hakan Fidan': 'PER' });
    const country = byName('Türkiye');
    expect(country).toMatchObject({ type: 'place', id: byName('Hakan Fidan')?.affiliation });
    expect(surfaces(country)).toEqual(['Turkey', 'Türkiye']);
  });

  it('makes one place of the names a country goes by, and points the demonym at it', () => {
    const { entities, byName } = run(
      ['British Foreign Secretary David Lammy spoke.', 'The United Kingdom agreed, and Britain said so; the US and the United States too.'],
      { 'David Lammy': 'PER', 'United Kingdom': 'LOC', Britain: 'LOC', US: 'LOC', 'United States': 'LOC' },
    );
    expect(entities.map((entity) => [entity.name, entity.aliases])).toEqual([
      ['David Lammy', []], ['United Kingdom', ['Britain']], ['United States', ['US']],
    ]);
    expect(byName('David Lammy')?.affiliation).toBe(byName('United Kingdom')?.id);
  });

  it('reads roles from appositions that close, not from a clause that runs on', () => {
    const { byName } = run(
      ["Sergey Lavrov, Russia's foreign minister, said so.", 'Ursula Gertrud, the president of the European Commission, agreed.', 'Mark Rutte, the minister who resigned in July said nothing.'],
      { 'Sergey Lavrov': 'PER', Russia: 'LOC', 'Ursula Gertrud': 'PER', 'European Commission': 'ORG', 'Mark Rutte': 'PER' },
    );
    expect(byName('Sergey Lavrov')).toMatchObject({ role: 'foreign minister', affiliation: byName('Russia')?.id });
    expect(byName('Ursula Gertrud')).toMatchObject({ role: 'president of the European Commission', affiliation: byName('European Commission')?.id });
    expect(byName('Mark Rutte')?.role).toBeNull();
  });

  it('finds a titled name the tagger missed, but not in a title-case headline', () => {
    const body = run(['Chinese President Xi Jinping met Foreign Ministry spokesperson Mao Ning.'], {});
    expect(body.byName('Xi Jinping')).toMatchObject({ type: 'person', role: 'President', affiliation: body.byName('China')?.id });
    expect(body.byName('Mao Ning')).toMatchObject({ role: 'spokesperson', affiliation: body.byName('Foreign Ministry')?.id });
    expect(run(['Foreign Minister Visits Nearby Capital For Talks'], {}).entities.filter((entity) => entity.type === 'person')).toEqual([]);
  });
});

describe('titles with "of", weak titles and surnames the tagger mistyped', () => {
  it('reads "Secretary of State" as one role and "General Motors" as no person', () => {
    const { byName, entities } = run(['US Secretary of State Antony Blinken met General Motors staff.'], { US: 'LOC', 'Antony Blinken': 'PER' });
    // A country is named by its common name, whatever short form the story uses.
    expect(byName('Antony Blinken')).toMatchObject({ role: 'Secretary of State', affiliation: byName('United States')?.id });
    expect(byName('United States')?.aliases).toEqual(['US']);
    expect(entities.filter((entity) => entity.type === 'person').map((entity) => entity.name)).toEqual(['Antony Blinken']);
  });

  it("merges a surname the tagger called a place into the person named before it", () => {
    const { byName, entities } = run(["Benjamin Netanyahu spoke, Netanyahu's office said."], { 'Benjamin Netanyahu': 'PER', Netanyahu: 'LOC' });
    expect(byName('Benjamin Netanyahu')?.mentions).toHaveLength(2);
    expect(entities).toHaveLength(1);
    // Before the full name, a place keeps its own sense.
    expect(run(['Washington said so.', 'George Washington was there.'], { Washington: 'LOC', 'George Washington': 'PER' }).entities).toHaveLength(2);
  });
});

describe('events, organisations and places by rule', () => {
  it('makes names headed by Summit, Games, Olympics… events and extends a tagged name by its head', () => {
    const { byName } = run(['The G20 Summit and the 2024 Olympics opened; BRICS Summit talks went on.'], { BRICS: 'ORG' });
    expect(byName('G20 Summit')?.type).toBe('event');
    expect(byName('2024 Olympics')?.type).toBe('event');
    expect(byName('BRICS Summit')?.type).toBe('event');
    expect(byName('BRICS')).toBeUndefined();
  });

  it('joins "the ministry" to the latest ministry, with the demonym as its country', () => {
    const { byName, surfaces } = run(
      ['The Chinese Foreign Ministry has said so.', 'China agreed, according to the ministry.', 'The ministry of health disagreed.'],
      { China: 'LOC' },
    );
    const ministry = byName('Chinese Foreign Ministry');
    expect(ministry).toMatchObject({ type: 'organization', affiliation: byName('China')?.id });
    expect(surfaces(ministry)).toEqual(['Chinese Foreign Ministry', 'the ministry']);
  });

  it('keeps demonyms out, except a demonym before a region noun', () => {
    const { entities, byName } = run(['Russian and Korean officials met on the Korean peninsula.'], { Russian: 'MISC', Korean: 'MISC' });
    expect(byName('Korean peninsula')?.type).toBe('place');
    expect(entities.map((entity) => entity.name)).toEqual(['Korean peninsula']);
  });

  it('splits a hyphenated pair of places, tagged or not', () => {
    const tagged = run(['Closer Beijing-Moscow coordination.'], { 'Beijing-Moscow': 'LOC' });
    expect(tagged.entities.map((entity) => [entity.name, entity.type])).toEqual([['Beijing', 'place'], ['Moscow', 'place']]);
    const untagged = run(['Closer US-China ties.', 'The US said so.'], { US: 'LOC' });
    expect(untagged.surfaces(untagged.byName('United States'))).toEqual(['US', 'US']);
    expect(untagged.byName('China')?.type).toBe('place');
    // One place whose parts are not each a place, or which is listed whole, stays whole.
    const whole = run(['Fighting in Nagorno-Karabakh and Guinea-Bissau.'], { 'Nagorno-Karabakh': 'LOC', 'Guinea-Bissau': 'LOC' });
    expect(whole.entities.map((entity) => entity.name)).toEqual(['Nagorno-Karabakh', 'Guinea-Bissau']);
  });
});

describe('document-level consistency', () => {
  it("merges a person's single names into the full name, and finds them where the tagger did not", () => {
    const { entities, byName, surfaces } = run(
      ['Sun Weidong was in Moscow.', "Sun said so, and Sun's talks went well.", 'Sunday came.'],
      { 'Sun Weidong': 'PER', Moscow: 'LOC' },
    );
    expect(surfaces(byName('Sun Weidong'))).toEqual(['Sun Weidong', 'Sun', 'Sun']);
    expect(byName('Sun Weidong')?.aliases).toEqual(['Sun']);
    expect(entities).toHaveLength(2);
  });

  it('leaves a single name two people share apart', () => {
    const { entities } = run(['Ali Khan met Imran Khan.', 'Khan said so.'], { 'Ali Khan': 'PER', 'Imran Khan': 'PER', Khan: 'PER' });
    expect(entities.map((entity) => entity.name)).toEqual(['Ali Khan', 'Imran Khan', 'Khan']);
  });

  it('gives a name one type throughout the story, the one most mentions have', () => {
    const blocks: Block[] = ['Jordan said so.', 'Jordan agreed.', 'Then Jordan left.'].map((text) => ({ kind: 'paragraph', text }));
    // A tagger that calls "Jordan" a person once and a place twice.
    const tag = (words: readonly string[]) => words.map((word, i) => (word !== 'Jordan' ? 'O' : words[i + 1] === 'agreed' ? 'B-PER' : 'B-LOC'));
    const entities = extractEntities(blocks, { tag });
    expect(entities).toHaveLength(1);
    expect(entities[0]).toMatchObject({ name: 'Jordan', type: 'place' });
    expect(entities[0]?.mentions).toHaveLength(3);
  });

  it('links an acronym to its expansion, bracketed or spelled out later', () => {
    const { byName, surfaces } = run(
      ['The Shanghai Cooperation Organisation (SCO) met.', 'SCO members agreed.'],
      { 'Shanghai Cooperation Organisation': 'ORG', SCO: 'ORG' },
    );
    expect(surfaces(byName('Shanghai Cooperation Organisation'))).toEqual(['Shanghai Cooperation Organisation', 'SCO', 'SCO']);
    const spelled = run(['The World Health Organization warned.', 'The WHO said so.'], { 'World Health Organization': 'ORG', WHO: 'ORG' });
    expect(spelled.byName('World Health Organization')?.aliases).toEqual(['WHO']);
  });

  it('takes a bracketed acronym that is not plain initials as the name it follows, each span in one entity only', () => {
    const blocks = ['The Guild of Harbour Pilots (GHPS) objected.', 'GHPS members walked out.'];
    const { entities, byName, surfaces } = run(blocks, { 'Guild of Harbour Pilots': 'ORG', GHPS: 'ORG' });
    expect(surfaces(byName('Guild of Harbour Pilots'))).toEqual(['Guild of Harbour Pilots', 'GHPS', 'GHPS']);
    expect(byName('GHPS')).toBeUndefined();
    const spans = entities.flatMap((entity) => entity.mentions.map((span) => `${span.block}:${span.start}`));
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('leaves a wire credit, a party or an affiliation in brackets to itself', () => {
    const { byName } = run(
      ['PORT ELLIS (AP) — The ferry sank.', 'Councillor Mara Okafor (NLP) spoke.'],
      { 'PORT ELLIS': 'LOC', AP: 'ORG', 'Mara Okafor': 'PER', NLP: 'ORG' },
    );
    expect(byName('PORT ELLIS')?.aliases).toEqual([]);
    expect(byName('AP')).toMatchObject({ type: 'organization' });
    expect(byName('Mara Okafor')?.aliases).toEqual([]);
    expect(byName('NLP')).toMatchObject({ type: 'organization' });
  });

  it('ranks the entity named most and first above one named once at the end', () => {
    const { byName } = run(['Xi Jinping spoke.', 'Xi said more.', 'Then Xi left for Kazan.'], { 'Xi Jinping': 'PER', Kazan: 'LOC' });
    expect(byName('Xi Jinping')?.salience).toBeGreaterThan(byName('Kazan')?.salience ?? 1);
  });
});

describe('cities the tagger read as people', () => {
  it('makes a large city a place unless a given name, an honorific or a role says person', () => {
    const { byName } = run(
      ['Johannesburg has failed its traders, Johannesburg officials said.', 'Charlotte spoke in Durban.', 'Mr. Houston met Mayor Lagos.'],
      { Johannesburg: 'PER', Charlotte: 'PER', Durban: 'PER', Houston: 'PER', Lagos: 'PER' },
    );
    expect(byName('Johannesburg')?.type).toBe('place');
    expect(byName('Durban')?.type).toBe('place');
    expect(byName('Charlotte')?.type).toBe('person');
    expect(byName('Houston')?.type).toBe('person');
    expect(byName('Lagos')).toMatchObject({ type: 'person', role: 'Mayor' });
  });
});
