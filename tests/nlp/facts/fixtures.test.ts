// Three more articles, every fact below checked by hand: two plain-text fixtures of the quotes suite (no credit
// line) and one copied page credited to AFP (climate-fund.txt, written for these tests).
import { describe, expect, it } from 'vitest';
import { factWith, nameOf, names, runCopied, runQuotesFixture, spanText } from './helpers';

describe('harbour-strike: facts inside quotes take their speaker, named, organisation or anonymous', () => {
  const run = runQuotesFixture('harbour-strike.txt');

  it('makes one statement per quote and joins the pieces of a split direct quote', () => {
    expect(run.facts.filter((f) => f.kind === 'statement')).toHaveLength(run.analysis.quotes.length);
    const told = factWith(run, 'statement', 'We are not going back');
    expect(told.text).toBe('Niek Stam told reporters outside the terminal: "We are not going back until the company puts a real offer on the table … Our members have waited three years for this."');
    expect(told).toMatchObject({ predicate: 'told', attribution: { kind: 'named', text: 'union leader Niek Stam' } });
    expect(nameOf(run, told.subject)).toBe('Niek Stam');
  });

  it('"He added that the union would hold a vote": an event of the union, said by Niek Stam', () => {
    const vote = factWith(run, 'event', 'would hold a vote');
    expect(vote).toMatchObject({ predicate: 'would hold', subject: null, attribution: { kind: 'named', text: 'He' } });
    expect(nameOf(run, vote.attribution.source)).toBe('Niek Stam');
    expect(factWith(run, 'statement', 'would hold a vote').text).toBe('Niek Stam added the union would hold a vote on Wednesday on whether to widen the action to other ports.');
  });

  it('"Officials said … more than 40 ships": the count stays in the anonymous statement, not repeated bare', () => {
    const ships = factWith(run, 'statement', '40 ships');
    expect(ships.text).toBe('Officials said the strike had already left more than 40 ships waiting at anchor.');
    expect(ships.attribution).toEqual({ kind: 'anonymous', source: null, text: 'Officials' });
    expect(run.facts.some((f) => f.kind === 'quantity' && f.text.includes('40 ships'))).toBe(false);
  });

  it('"According to the Dutch transport ministry, … about 20 million euros a day": an amount from the ministry', () => {
    const according = factWith(run, 'statement', 'costing the economy');
    expect(according.text).toBe('According to the Dutch transport ministry, the stoppage is costing the economy about 20 million euros a day.');
    expect(according.predicate).toBe('according to');
    expect(according.attribution).toEqual({ kind: 'organization', source: 'the Dutch transport ministry', text: 'the Dutch transport ministry' });
    // The sentence is the ministry's: it is not given again as a bare quantity line.
    expect(run.facts.some((f) => f.kind === 'quantity' && f.text.includes('20 million euros'))).toBe(false);
  });

  it('"Thousands of dockworkers" and "three years" stay in the union\'s and Stam\'s statements', () => {
    expect(factWith(run, 'statement', 'thousands of dockworkers').attribution).toMatchObject({ kind: 'organization', source: "the Dutch dockworkers' union FNV Havens" });
    expect(nameOf(run, factWith(run, 'statement', 'three years').attribution.source)).toBe('Niek Stam');
    expect(run.facts.filter((f) => f.kind === 'quantity')).toEqual([]);
  });

  it('a page with no credit line leaves the writer\'s own facts unattributed', () => {
    const minister = factWith(run, 'relation', 'Micky Adriaansens is');
    expect(minister.text).toBe('Micky Adriaansens is Economy Minister.');
    expect(minister.attribution).toEqual({ kind: 'none', source: null, text: null });
    expect(run.facts.some((f) => f.attribution.kind === 'wire')).toBe(false);
  });
});

describe('border-talks: "who met", pronoun speakers, reported events', () => {
  const run = runQuotesFixture('border-talks.txt');

  it('"Rahman, who met her counterpart Li Wei in Geneva": Ayesha Rahman met Li Wei in Geneva', () => {
    const met = factWith(run, 'event', 'met her counterpart');
    expect(met.text).toBe('Ayesha Rahman met her counterpart Li Wei in Geneva.');
    expect(nameOf(run, met.subject)).toBe('Ayesha Rahman');
    expect(names(run, met.objects)).toEqual(['Li Wei']);
    expect(nameOf(run, met.where)).toBe('Geneva');
    expect(met.attribution.kind).toBe('none');
    // Said by no one: the relative clause is the writer's, not part of what Rahman stressed.
    expect(factWith(run, 'statement', 'peaceful solution').where).toBeNull();
  });

  it('"She said both sides had agreed to meet again next month": an event said by Ayesha Rahman', () => {
    const agreed = factWith(run, 'event', 'agreed to meet');
    expect(agreed.predicate).toBe('agreed to meet');
    expect(nameOf(run, agreed.attribution.source)).toBe('Ayesha Rahman');
    expect(agreed.attribution.kind).toBe('named');
  });

  it('"The newspaper reported that two villages had been evacuated": event and count from the newspaper', () => {
    const evacuated = factWith(run, 'event', 'evacuated');
    expect(evacuated).toMatchObject({ text: 'Two villages had been evacuated.', predicate: 'evacuated', attribution: { kind: 'organization', source: 'The newspaper' } });
    // The count is in the newspaper's statement; no bare line repeats its words.
    expect(run.facts.some((f) => f.kind === 'quantity' && /two villages/iu.test(f.text))).toBe(false);
  });

  it('makes a statement of every quote, "announced" included, and no event of a speech verb', () => {
    expect(run.facts.filter((f) => f.kind === 'statement')).toHaveLength(run.analysis.quotes.length);
    expect(run.facts.some((f) => f.kind === 'event' && f.predicate === 'announced')).toBe(false);
    expect(factWith(run, 'statement', 'hotline between').text).toBe('The foreign ministry announced a hotline between the two armies would be restored.');
    // "the two armies" is a reference back, not a count.
    expect(run.facts.some((f) => f.kind === 'quantity' && spanText(run, f).includes('two armies'))).toBe(false);
  });
});

describe('climate-fund (AFP): dates, pronouns, "will host", members, founders, deaths', () => {
  const run = runCopied('climate-fund.txt');

  it('President William Ruto signed the bill into law on Thursday in Nairobi', () => {
    const signed = factWith(run, 'event', 'signed the bill');
    expect(signed.text).toBe('William Ruto signed the bill into law on 13 March 2025 in Nairobi.');
    expect(signed).toMatchObject({ predicate: 'signed', when: '2025-03-13', attribution: { kind: 'wire', source: 'AFP' } });
    expect(nameOf(run, signed.where)).toBe('Nairobi');
  });

  it('"He also appointed Amina Mohamed": Ruto, in the same place and on the same day', () => {
    const appointed = factWith(run, 'event', 'appointed');
    expect(nameOf(run, appointed.subject)).toBe('William Ruto');
    expect(names(run, appointed.objects)).toEqual(['Amina Mohamed']);
    expect(appointed.when).toBe('2025-03-13');
    expect(spanText(run, appointed)).toBe('He also appointed Amina Mohamed as chair of the fund.');
  });

  it('"Kenya will host the Africa Climate Summit in Nairobi in September, the foreign ministry said"', () => {
    const host = factWith(run, 'event', 'will host');
    expect(host.text).toBe('Kenya will host the Africa Climate Summit in Nairobi in September 2025.');
    expect(host).toMatchObject({ predicate: 'will host', when: '2025-09', attribution: { kind: 'organization', source: 'the foreign ministry' } });
    expect(nameOf(run, host.subject)).toBe('Kenya');
    expect(names(run, host.objects)).toEqual(['Africa Climate Summit']);
    expect(nameOf(run, host.where)).toBe('Nairobi');
  });

  it('the East African Community: its founders in 2000 and its members, past an appositive', () => {
    const members = factWith(run, 'relation', 'includes');
    expect(members.text).toBe('East African Community includes Kenya, Uganda, Tanzania, Rwanda and Burundi.');
    expect(names(run, members.objects)).toEqual(['Kenya', 'Uganda', 'Tanzania', 'Rwanda', 'Burundi']);
    const founded = factWith(run, 'relation', 'established');
    expect(names(run, founded.objects)).toEqual(['Kenya', 'Uganda', 'Tanzania']);
    expect(founded.when).toBe('2000');
  });

  it('"Last year, floods in northern Kenya killed 71 people, officials said": no name is the subject; Kenya is where', () => {
    const killed = factWith(run, 'event', 'killed');
    expect(killed.text).toBe('Floods in northern Kenya killed 71 people in 2024.');
    expect(killed).toMatchObject({ subject: null, when: '2024', attribution: { kind: 'anonymous', source: null, text: 'officials' } });
    expect(nameOf(run, killed.where)).toBe('Kenya');
    expect(run.facts.some((f) => f.kind === 'quantity' && f.text.includes('71 people'))).toBe(false);
  });

  it('money and shares: "$2 billion climate fund" with "40 per cent of the money" in one line', () => {
    const fund = run.facts.find((f) => f.kind === 'quantity' && spanText(run, f) === '$2 billion');
    expect(fund).toMatchObject({ predicate: 'amount', when: '2025-03-12', text: "Kenya's parliament passed a bill on Wednesday creating a $2 billion climate fund, with 40 per cent of the money set aside for counties hit by drought." });
    expect(fund?.attribution.source).toBe('AFP');
    // The sentence is one line, given for its first number: "40 per cent of the money" is in it, not repeated.
    expect(run.facts.filter((f) => f.text === fund?.text)).toHaveLength(1);
    // "212 to 38" is a vote tally, not a count of anything.
    expect(run.facts.some((f) => f.kind === 'quantity' && spanText(run, f).startsWith('212'))).toBe(false);
  });
});
