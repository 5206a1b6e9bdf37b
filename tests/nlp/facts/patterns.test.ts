// One test per pattern, on hand-made entities (no tagger), so each rule of the fact layer is checked on its own.
import { describe, expect, it } from 'vitest';
import { emptyArticle, type Article, type Block, type Entity, type Fact, type TimeMention } from '../../../src/analysis';
import { extractFacts } from '../../../src/nlp/facts/index';
import { formatWhen } from '../../../src/nlp/facts/text';
import { extractQuotes } from '../../../src/nlp/quotes/index';

type Named = [name: string, type: Entity['type'], extra?: Partial<Entity>];

/** Facts of `paragraphs` with the listed names as entities (every occurrence a mention) and the given times. */
function factsOf(paragraphs: string[], named: Named[], times: [text: string, value: string][] = [], article: Partial<Article> = {}) {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  const entities: Entity[] = named.map(([name, type, extra], i) => ({
    id: `e${i + 1}`, type, name, aliases: [], role: null, affiliation: null, salience: 0.5,
    mentions: blocks.flatMap((b, block) => [...b.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ block, start: m.index ?? 0, end: (m.index ?? 0) + name.length }))),
    ...extra,
  }));
  const timeMentions: TimeMention[] = times.flatMap(([text, value]) => blocks.flatMap((b, block) => {
    const at = b.text.indexOf(text);
    return at < 0 ? [] : [{ text, value, span: { block, start: at, end: at + text.length } }];
  }));
  const facts = extractFacts({ blocks, entities, times: timeMentions, quotes: extractQuotes(blocks, entities), article: { ...emptyArticle(), ...article } });
  const name = (id: string | null) => entities.find((e) => e.id === id)?.name ?? id;
  return { facts, name, brief: (f: Fact | undefined) => f && { text: f.text, subject: name(f.subject), predicate: f.predicate, objects: f.objects.map(name), when: f.when, where: name(f.where) } };
}

describe('events', () => {
  it('reads subject, verb, objects, "in <place>" and the clause\'s time', () => {
    const { facts, brief } = factsOf(['Emmanuel Macron met Olaf Scholz in Berlin on Tuesday.'], [['Emmanuel Macron', 'person'], ['Olaf Scholz', 'person'], ['Berlin', 'place']], [['Tuesday', '2025-03-11']]);
    expect(brief(facts[0])).toEqual({ text: 'Emmanuel Macron met Olaf Scholz in Berlin on 11 March 2025.', subject: 'Emmanuel Macron', predicate: 'met', objects: ['Olaf Scholz'], when: '2025-03-11', where: 'Berlin' });
  });

  it('resolves "He" to the last person subject and carries that person\'s place and time over', () => {
    const { facts, brief } = factsOf(['Emmanuel Macron visited Berlin on Tuesday.', 'He also signed a defence pact with Olaf Scholz.'], [['Emmanuel Macron', 'person'], ['Olaf Scholz', 'person'], ['Berlin', 'place']], [['Tuesday', '2025-03-11']]);
    expect(facts.map(brief)).toEqual([
      { text: 'Emmanuel Macron visited Berlin on 11 March 2025.', subject: 'Emmanuel Macron', predicate: 'visited', objects: ['Berlin'], when: '2025-03-11', where: 'Berlin' },
      { text: 'Emmanuel Macron also signed a defence pact with Olaf Scholz in Berlin on 11 March 2025.', subject: 'Emmanuel Macron', predicate: 'signed', objects: ['Olaf Scholz'], when: '2025-03-11', where: 'Berlin' },
    ]);
  });

  it('takes the subject from before an appositive and keeps "will host" and "plans to hold" as predicates', () => {
    const { facts, brief } = factsOf(
      ['Sergey Lavrov, the foreign minister, arrived in Ankara.', 'Turkey will host the summit, and plans to hold talks in Istanbul.'],
      [['Sergey Lavrov', 'person'], ['Ankara', 'place'], ['Turkey', 'place'], ['Istanbul', 'place']],
    );
    expect(facts.filter((f) => f.kind === 'event').map(brief)).toEqual([
      { text: 'Sergey Lavrov arrived in Ankara.', subject: 'Sergey Lavrov', predicate: 'arrived', objects: ['Ankara'], when: null, where: 'Ankara' },
      { text: 'Turkey will host the summit.', subject: 'Turkey', predicate: 'will host', objects: [], when: null, where: null },
      { text: 'Turkey plans to hold talks in Istanbul.', subject: 'Turkey', predicate: 'plans to hold', objects: [], when: null, where: 'Istanbul' },
    ]);
  });

  it('does not read plural nouns, participles or bare infinitives as events', () => {
    const { facts } = factsOf(['They are reluctant to enforce bans on burning.', 'Tariffs imposed by Washington rose.', 'The court asked Meta to sign the deal.', 'LED lights joined by a logo.'], [['Washington', 'place'], ['Meta', 'organization']]);
    expect(facts.filter((f) => f.kind === 'event')).toEqual([]);
  });

  it('"I" inside a quote is its speaker', () => {
    const { facts, brief } = factsOf(['"I met Vladimir Putin in Moscow," Donald Trump told reporters.'], [['Vladimir Putin', 'person'], ['Moscow', 'place'], ['Donald Trump', 'person']]);
    const event = facts.find((f) => f.kind === 'event');
    expect(brief(event)).toMatchObject({ subject: 'Donald Trump', predicate: 'met', objects: ['Vladimir Putin'], where: 'Moscow' });
    expect(event?.attribution).toMatchObject({ kind: 'named', source: 'e3' });
  });

  it('a fronted time dates the clause after it and is written into the line', () => {
    const { facts, brief } = factsOf(['Last year, floods in northern Kenya killed 71 people.'], [['Kenya', 'place']], [['Last year', '2024']]);
    expect(brief(facts.find((f) => f.kind === 'event'))).toEqual({ text: 'Floods in northern Kenya killed 71 people in 2024.', subject: null, predicate: 'killed', objects: [], when: '2024', where: 'Kenya' });
  });
});

describe('relations', () => {
  it('"X includes A, B and C" and "X, …, established by Y and Z in 2001"', () => {
    const { facts, brief } = factsOf(
      ['The Arctic Council, established by Canada and Norway in 1996, includes Canada, Norway, Iceland and Finland.'],
      [['Arctic Council', 'organization'], ['Canada', 'place'], ['Norway', 'place'], ['Iceland', 'place'], ['Finland', 'place']], [['1996', '1996']],
    );
    expect(facts.map(brief)).toEqual([
      { text: 'Arctic Council includes Canada, Norway, Iceland and Finland.', subject: 'Arctic Council', predicate: 'includes', objects: ['Canada', 'Norway', 'Iceland', 'Finland'], when: null, where: null },
      { text: 'Arctic Council was established by Canada and Norway in 1996.', subject: 'Arctic Council', predicate: 'established by', objects: ['Canada', 'Norway'], when: '1996', where: null },
    ]);
  });

  it('"X is Y\'s prime minister", "X was chancellor of Y", and a role the entity layer read', () => {
    const { facts } = factsOf(
      ["Rishi Sunak is Britain's prime minister.", 'Olaf Scholz was chancellor of Germany.', 'President Joe Biden spoke.'],
      [['Rishi Sunak', 'person'], ['Britain', 'place'], ['Olaf Scholz', 'person'], ['Germany', 'place'], ['Joe Biden', 'person', { role: 'President', affiliation: 'e6' }], ['United States', 'place']],
    );
    expect(facts.filter((f) => f.kind === 'relation').map((f) => [f.text, f.evidence.block])).toEqual([
      ['Rishi Sunak is prime minister of Britain.', 0],
      ['Olaf Scholz is chancellor of Germany.', 1],
      ['Joe Biden is President of United States.', 2],
    ]);
  });

  it('no member list when the subject is something else\'s ("Sun\'s Moscow talks included …")', () => {
    const { facts } = factsOf(["Sun's Moscow talks included the Shanghai Cooperation Organisation."], [['Sun', 'person'], ['Moscow', 'place'], ['Shanghai Cooperation Organisation', 'organization']]);
    expect(facts.filter((f) => f.kind === 'relation')).toEqual([]);
  });
});

describe('quantities', () => {
  const phrases = (text: string) => {
    const blocks = [{ kind: 'paragraph' as const, text }];
    return extractFacts({ blocks, entities: [], times: [], quotes: [], article: emptyArticle() })
      .filter((f) => f.kind === 'quantity').map((f) => [text.slice(f.evidence.start, f.evidence.end), f.predicate]);
  };

  it('money, shares, counts, measures and durations', () => {
    expect(phrases('The US sent $2 billion in aid. Spain spends about 20 million euros a day.')).toEqual([['$2 billion in aid', 'amount'], ['about 20 million euros a day', 'amount']]);
    expect(phrases('Nearly 40 per cent of voters agreed. So did 12% of members.')).toEqual([['Nearly 40 per cent of voters', 'share'], ['12% of members', 'share']]);
    expect(phrases('Israel accepts a toll of 71,000 Palestinians. The army made thousands of strikes.')).toEqual([['71,000 Palestinians', 'count'], ['thousands of strikes', 'count']]);
    // A sentence with two numbers is one line, given for the first.
    expect(phrases('The US sent $2 billion in aid and about 20 million euros a day.')).toEqual([['$2 billion in aid', 'amount']]);
    expect(phrases('The car goes 300 miles. The owners waited three years.')).toEqual([['300 miles', 'measure'], ['three years', 'duration']]);
  });

  it('no quantity in model names, scores, references back or dates', () => {
    expect(phrases('The RAV4 Prime and the ID.3 beat the two armies 6-4 on 12 March 2024.')).toEqual([]);
  });
});

describe('statements and attribution', () => {
  it('"according to X" in a sentence attributes its events to X; the rest carries the wire credit', () => {
    const { facts } = factsOf(
      ['Sun Weidong, who was in Moscow on Monday, said ties were strong, according to the Foreign Ministry.', 'Sun Weidong met Sergey Lavrov.'],
      [['Sun Weidong', 'person'], ['Moscow', 'place'], ['Foreign Ministry', 'organization'], ['Sergey Lavrov', 'person']],
      [['Monday', '2024-02-26']], { wire: ['Reuters'] },
    );
    const visit = facts.find((f) => f.predicate === 'was in');
    expect(visit?.attribution).toEqual({ kind: 'organization', source: 'e3', text: 'according to the Foreign Ministry' });
    expect(facts.find((f) => f.predicate === 'met')?.attribution).toEqual({ kind: 'wire', source: 'Reuters', text: 'Reuters' });
  });

  it('unnamed speakers: institutions are organisations, writings are documents, names are named, the rest anonymous', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: 'The port operator said it regretted the delay.' }];
    const quote = (speakerText: string, anonymous = false) => ({
      id: 'q1', kind: 'indirect' as const, text: 'it regretted the delay', span: { block: 0, start: 23, end: 45 }, speaker: null, speakerText, cue: 'said', anonymous,
    });
    const kinds = ['The port operator', 'A new report', 'FNV Havens', 'some residents', 'About 40 per cent of voters', 'He'].map((speaker) => {
      const [statement] = extractFacts({ blocks, entities: [], times: [], quotes: [quote(speaker)], article: emptyArticle() });
      return [statement?.attribution.kind, statement?.attribution.source];
    });
    expect(kinds).toEqual([
      ['organization', 'The port operator'], ['document', 'A new report'], ['named', 'FNV Havens'], ['anonymous', null], ['anonymous', null], ['named', null],
    ]);
    const [marked] = extractFacts({ blocks, entities: [], times: [], quotes: [quote('Officials', true)], article: emptyArticle() });
    expect(marked?.attribution).toEqual({ kind: 'anonymous', source: null, text: 'Officials' });
  });

  it('writes dates out: days, months, years and intervals', () => {
    expect(formatWhen('2024-02-26')).toBe('26 February 2024');
    expect(formatWhen('2024-10')).toBe('October 2024');
    expect(formatWhen('2001')).toBe('2001');
    expect(formatWhen('2024-02-26/2024-02-27')).toBe('26–27 February 2024');
    expect(formatWhen('2024-02-26/2024-03-02')).toBe('26 February 2024 to 2 March 2024');
  });
});
