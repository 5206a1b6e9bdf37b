// Lines a careful editor would strike, one kind per test: fragments, conditions, no-one subjects, promotions,
// statements repeated bare, appositives read as the saying, abbreviated titles. Hand-made names, no tagger.
import { describe, expect, it } from 'vitest';
import { emptyArticle, type Block, type Entity, type Fact } from '../../../src/analysis';
import { extractFacts } from '../../../src/nlp/facts/index';
import { roleLine } from '../../../src/nlp/facts/roles';
import { extractQuotes } from '../../../src/nlp/quotes/index';

type Named = [name: string, type: Entity['type'], extra?: Partial<Entity>];

function factsOf(paragraphs: string[], named: Named[] = []): Fact[] {
  const blocks: Block[] = paragraphs.map((text) => ({ kind: 'paragraph', text }));
  const entities: Entity[] = named.map(([name, type, extra], i) => ({
    id: `e${i + 1}`, type, name, aliases: [], role: null, affiliation: null, salience: 0.5,
    mentions: blocks.flatMap((b, block) => [...b.text.matchAll(new RegExp(`\\b${name}\\b`, 'g'))].map((m) => ({ block, start: m.index ?? 0, end: (m.index ?? 0) + name.length }))),
    ...extra,
  }));
  return extractFacts({ blocks, entities, times: [], quotes: extractQuotes(blocks, entities), article: emptyArticle() });
}

const lines = (facts: Fact[]) => facts.map((f) => f.text);

describe('events need a real subject and a whole clause', () => {
  it('a condition is no event: "… if she wins"', () => {
    const facts = factsOf(['The mayor warned of higher taxes if Ms. Okafor wins.'], [['Okafor', 'person']]);
    expect(facts.filter((f) => f.kind === 'event')).toEqual([]);
  });

  it('keeps the main clause while dropping the condition', () => {
    const facts = factsOf(['Portugal won the match on Sunday, and the coach stays on if Portugal wins the cup.'], [['Portugal', 'place']]);
    expect(facts.filter((f) => f.kind === 'event').map((f) => f.text)).toEqual(['Portugal won the match on Sunday.']);
  });

  it('no event for a relative or negated subject: "whose team won", "Neither club won"', () => {
    expect(factsOf(['It was a good year for the owner, whose team won the cup.']).filter((f) => f.kind === 'event')).toEqual([]);
    expect(factsOf(['Neither club won the league that season.']).filter((f) => f.kind === 'event')).toEqual([]);
  });

  it('no event cut off before quoted words, no clause as a speaker: "rejects any polls that suggest …"', () => {
    const facts = factsOf(['Hassan rejects any polls that suggest “the deal is dead” and keeps talking.'], [['Hassan', 'person']]);
    expect(lines(facts).some((l) => /\b(?:that|suggest)\.$/u.test(l))).toBe(false);
    expect(lines(facts).some((l) => l.includes('polls suggest'))).toBe(false);
  });

  it('a verb that is as often a noun needs a subject made of names: not "each send two Senate votes"', () => {
    const facts = factsOf(['The smaller states each send two Senate votes to the chamber.'], [['Senate', 'organization']]);
    expect(facts.filter((f) => f.kind === 'event')).toEqual([]);
    expect(factsOf(['Canada bans the export of raw logs.'], [['Canada', 'place']]).filter((f) => f.kind === 'event').map((f) => f.text)).toEqual(['Canada bans the export of raw logs.']);
  });
});

describe('coordinated verbs and unfinished clauses', () => {
  it('"…, and badly damaged …" shares the subject before; "and" is no subject', () => {
    const facts = factsOf(['The shelling killed a soldier, 31, and severely injured Ana Ruiz, 28.'], [['Ana Ruiz', 'person']]);
    expect(facts.filter((f) => f.kind === 'event').map((f) => f.text)).toEqual(['The shelling killed a soldier, 31.', 'The shelling injured Ana Ruiz, 28.']);
  });

  it('no event line ending on "and then"', () => {
    const facts = factsOf(['Rebels seized the airport and then “looted it” within hours.'], [['Rebels', 'organization']]);
    expect(lines(facts).some((l) => /\bthen\.$/u.test(l))).toBe(false);
  });
});

describe('fragments of sentences', () => {
  it('a participle phrase is no subject: "…, making her the first woman elected to the board"', () => {
    const facts = factsOf(['The club signed Ana Ruiz in May, making her the first woman elected to the board.'], [['Ana Ruiz', 'person']]);
    expect(lines(facts).some((l) => l.startsWith('Making'))).toBe(false);
  });

  it('a figure standing alone is no quantity line: "31%."', () => {
    expect(factsOf(['31%.', 'Share of buyers who asked a friend first.']).filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('"for two shows" is no speech verb', () => {
    const facts = factsOf(['The band played the Coliseum for two shows the week the album came out.']);
    expect(facts.filter((f) => f.kind === 'statement')).toEqual([]);
  });

  it('"However" opening reported words is lower case after "said"', () => {
    const facts = factsOf(['However, the friends recommending it may not be reliable, Dana Levi said.'], [['Dana Levi', 'person']]);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('Dana Levi said however, the friends recommending it may not be reliable.');
  });
});

describe('clauses inside longer sentences', () => {
  it('"…, which officials say killed 1,200 …" gives no lower-case quantity line', () => {
    const facts = factsOf(['The army blamed the rebels for the raids, which officials say killed 1,200 people and displaced thousands.']);
    expect(lines(facts).some((l) => l.startsWith('Killed'))).toBe(false);
  });

  it('"That has created questions over …": an auxiliary and a verb are no speaker', () => {
    const facts = factsOf(['That has created questions over how the council will pay for the new bridge.']);
    expect(facts.filter((f) => f.kind === 'statement')).toEqual([]);
  });

  it('an event stops at the comma before the sentence\'s own verb', () => {
    const facts = factsOf(['The statement, posted soon after Ana Ruiz was arrested in Lima, was seen as a warning.'], [['Ana Ruiz', 'person'], ['Lima', 'place']]);
    expect(facts.find((f) => f.kind === 'event')?.text).toBe('Ana Ruiz was arrested in Lima.');
  });
});

describe('pronouns point to the right person', () => {
  it('a person who opens the sentence is its "he": "Berg was the favourite when he won …"', () => {
    const facts = factsOf(['Ana Ruiz met Tom Berg in Oslo.', 'Berg was the favourite when he won the 2016 race.'], [['Ana Ruiz', 'person'], ['Tom Berg', 'person', { aliases: ['Berg'] }], ['Berg', 'person'], ['Oslo', 'place']]);
    expect(facts.find((f) => f.predicate === 'won')?.text).toBe('Berg won the 2016 race.');
  });

  it('"she" is not a man the page calls "he"', () => {
    const facts = factsOf(['Maria Lopez said she would run again. Maria Lopez said she was proud. Tom Berg said he was grateful. Tom Berg has said he will serve. She resigned from the council.'], [['Maria Lopez', 'person'], ['Tom Berg', 'person']]);
    const resigned = facts.find((f) => f.predicate === 'resigned');
    expect(resigned?.text).toBe('Maria Lopez resigned from the council.');
  });
});

describe('statements have a speaker', () => {
  it('an open question is no statement: "could not determine if the crew knew …"', () => {
    const facts = factsOf(['Investigators could not determine if the pilots knew the engine was on fire.']);
    expect(lines(facts).some((l) => l.startsWith('The pilots'))).toBe(false);
  });

  it('no line for "All said …" with no one named', () => {
    const facts = factsOf(['Three nurses saw the fire start. All said they heard an explosion first.']);
    expect(lines(facts).some((l) => l.startsWith('All said'))).toBe(false);
  });

  it('a first word capitalised only for the sentence is lower case after "said"', () => {
    const facts = factsOf(['Just over an hour later, the power came back, Ana Ruiz said.', 'It was just after midnight.'], [['Ana Ruiz', 'person']]);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('Ana Ruiz said just over an hour later, the power came back.');
  });

  it('no line for a denied statement: "Neither side believes that …"', () => {
    expect(factsOf(['Neither side believes that a deal is close.']).filter((f) => f.kind === 'statement')).toEqual([]);
  });

  it('no "Someone …" line for a statement nobody is named for', () => {
    const facts = factsOf(['The new rules appear to have cut waiting times at the border.']);
    expect(lines(facts).some((l) => l.startsWith('Someone'))).toBe(false);
  });

  it('a subordinate clause is not the speaker of the words before it', () => {
    const facts = factsOf(['The race may turn on the “housing vote” given that most renters say rents are too high.']);
    const statement = facts.find((f) => f.kind === 'statement');
    expect(statement?.text).toBe('Most renters said rents are too high.');
  });

  it('an appositive after the speaker is not part of the saying', () => {
    const facts = factsOf(['“We are ready for the winter,” said Marta Silva, the city’s transport director.'], [['Marta Silva', 'person']]);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('Marta Silva said: "We are ready for the winter".');
  });

  it('a participle cue reads as a past verb: "…, saying it could not be replaced" → "said"', () => {
    const facts = factsOf(['The agency closed its office in March, saying it could not be replaced by other groups.']);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('The agency said it could not be replaced by other groups.');
  });

  it('"According to X," lowers a capital the sentence gave its first word', () => {
    const facts = factsOf(['Advisory opinions carry legal weight but are not binding, according to a report.']);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('According to a report, advisory opinions carry legal weight but are not binding.');
  });

  it('a wire dateline is no part of the line; a people\'s adjective keeps its capital', () => {
    const facts = factsOf(['NAIROBI, March 7 (Reuters) - Floods killed 71 people in northern Kenya on Tuesday.']);
    expect(facts.find((f) => f.kind === 'quantity')?.text).toBe('Floods killed 71 people in northern Kenya on Tuesday.');
    const reported = factsOf(['Kenyan farmers lost most of the harvest, the ministry said.']);
    expect(reported.find((f) => f.kind === 'statement')?.text).toBe('The ministry said Kenyan farmers lost most of the harvest.');
  });

  it('a sentence opening with "But" or "And" keeps its line, without the conjunction', () => {
    const facts = factsOf(['But in the other five states, Kenya spends $21 million a week.'], [['Kenya', 'place']]);
    expect(facts.find((f) => f.kind === 'quantity')?.text).toBe('In the other five states, Kenya spends $21 million a week.');
  });

  it('"In which 340 people were killed" is no quantity line', () => {
    const facts = factsOf(['The flood came during the storms of March 2019.', 'In which at least 340 people were killed and 90 left missing.']);
    expect(facts.filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('"So far" keeps its "So"', () => {
    const facts = factsOf(['So far, 191 of approximately 250 files have been made public.']);
    expect(facts.find((f) => f.kind === 'quantity')?.text).toBe('So far, 191 of approximately 250 files have been made public.');
  });

  it('"But …" opening reported words is not kept after "said"', () => {
    const facts = factsOf(['But the worst is over, Okafor said.'], [['Okafor', 'person']]);
    expect(facts.find((f) => f.kind === 'statement')?.text).toBe('Okafor said the worst is over.');
  });

  it('"According to" keeps a common noun in lower case', () => {
    const facts = factsOf(['The port handled 40 per cent more cargo this year, according to the shipping firm Maersk.']);
    expect(facts.find((f) => f.kind === 'statement')?.text).toMatch(/^According to the shipping firm Maersk, /u);
  });

  it('a page promotion is neither a quote nor a fact', () => {
    const facts = factsOf(['We want to hear from you: is your village short of water this summer?', 'Sign up for the evening newsletter to have it in your inbox each weekday.']);
    expect(facts).toEqual([]);
  });
});

describe('no line says the same thing twice', () => {
  it('a number in reported words stays in the statement, not repeated as a bare quantity', () => {
    const facts = factsOf(['“Sales rose 12% in the second half,” Dana Levi said.'], [['Dana Levi', 'person']]);
    expect(facts.map((f) => f.kind)).toEqual(['statement']);
  });

  it('a sentence with an amount and a span is one quantity line, not two', () => {
    const facts = factsOf(['Kenya is spending nearly $80 million on roads over the next eight weeks.'], [['Kenya', 'place']]);
    expect(facts.filter((f) => f.kind === 'quantity')).toHaveLength(1);
  });

  it('no quantity line whose subject is a bare pronoun', () => {
    expect(factsOf(['They will spend $4 million on the new bridge.']).filter((f) => f.kind === 'quantity')).toEqual([]);
    expect(factsOf(['Even after ten years in office, she still draws 20,000 people to a rally.']).filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('"3 in 10 voters" is a proportion, not a count of ten voters', () => {
    const facts = factsOf(['Voters were split: about 3 in 10 voters backed the plan.']);
    expect(facts.some((f) => f.kind === 'quantity' && f.text.includes('10 voters') && f.predicate === 'count' && f.evidence.end - f.evidence.start < 12)).toBe(false);
  });
});

describe('roles are written out', () => {
  it('spells out abbreviated titles and says where legislators sit for', () => {
    expect(roleLine('Ann Lee', 'Sen.', 'Ohio')).toBe('Ann Lee is a senator from Ohio');
    expect(roleLine('Tom Reyes', 'Gov.', 'Nevada')).toBe('Tom Reyes is Governor of Nevada');
    expect(roleLine('Mark Bell', 'Lt. Gen.', 'Army')).toBe('Mark Bell is Lieutenant General of Army');
    expect(roleLine('Sun Weidong', 'Vice Foreign Minister', 'China')).toBe('Sun Weidong is Vice Foreign Minister of China');
    expect(roleLine('Ed Park', 'Sen.', 'U.S.')).toBe('Ed Park is a United States senator');
  });

  it('a role the entity layer read from "Ohio Sen. Ann Lee" becomes a plain line', () => {
    const facts = factsOf(['Ohio Sen. Ann Lee voted against the bill.'], [['Ann Lee', 'person', { role: 'Sen.', affiliation: 'e2' }], ['Ohio', 'place']]);
    expect(facts.find((f) => f.kind === 'relation')?.text).toBe('Ann Lee is a senator from Ohio.');
  });
});
