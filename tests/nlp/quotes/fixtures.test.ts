// Two short news fixtures written for these tests, every quote's speaker, kind and content checked by hand.
import { describe, expect, it } from 'vitest';
import { nameOf, quoteWith, runFixture } from './helpers';

describe('harbour-strike fixture: direct quotes, pronouns, anonymous sources, a quote over two paragraphs', () => {
  const run = runFixture('harbour-strike.txt');

  it('reads a direct quote split around its cue as one quote by Niek Stam', () => {
    const quote = quoteWith(run, 'We are not going back');
    expect(quote.kind).toBe('direct');
    expect(nameOf(run, quote.speaker)).toBe('Niek Stam');
    expect(quote.speakerText).toBe('union leader Niek Stam');
    expect(quote.cue).toBe('told');
    expect(quote.spans).toHaveLength(2);
    expect(quote.text).toContain('Our members have waited three years for this');
    expect(quote.text).not.toContain('told reporters');
  });

  it('resolves a surname and "He added" to Niek Stam', () => {
    expect(nameOf(run, quoteWith(run, 'refused to discuss pensions').speaker)).toBe('Niek Stam');
    const added = quoteWith(run, 'the union would hold a vote');
    expect(added.speakerText).toBe('He');
    expect(added.cue).toBe('added');
    expect(nameOf(run, added.speaker)).toBe('Niek Stam');
  });

  it('gives "said in a statement that …" its content without the cue', () => {
    const quote = quoteWith(run, 'regretted the disruption');
    expect(quote.text).toBe('it regretted the disruption and remained open to talks');
    expect(quote.speakerText).toBe('The port operator');
  });

  it('marks "Officials said" and "a source familiar with the negotiations" as anonymous', () => {
    const officials = quoteWith(run, '40 ships waiting');
    expect(officials).toMatchObject({ speaker: null, anonymous: true, speakerText: 'Officials' });
    const source = quoteWith(run, 'still far apart');
    expect(source).toMatchObject({ speaker: null, anonymous: true, kind: 'mixed', speakerText: 'A source familiar with the negotiations' });
  });

  it('reads "According to X, …" with X as the source', () => {
    const quote = quoteWith(run, 'costing the economy');
    expect(quote.cue).toBe('According to');
    expect(quote.speakerText).toBe('the Dutch transport ministry');
    expect(quote.text).toBe('the stoppage is costing the economy about 20 million euros a day');
  });

  it('joins a quotation left open at a paragraph end to the next paragraph that opens with a mark', () => {
    const quote = quoteWith(run, 'This cannot go on for long');
    expect(nameOf(run, quote.speaker)).toBe('Micky Adriaansens');
    expect(quote.kind).toBe('direct');
    expect(quote.text).toContain('patience is running out');
    expect(quote.text).toContain('Every day of this strike hurts exporters');
    expect(new Set(quote.spans.map((s) => s.block)).size).toBe(2);
  });

  it('finds nothing in the headline and nothing else', () => {
    expect(run.quotes.some((q) => q.span.block === 0)).toBe(false);
    expect(run.quotes).toHaveLength(9);
  });
});

describe('border-talks fixture: warned, stressed, announced, wrote, nominal references', () => {
  const run = runFixture('border-talks.txt');

  it('reads "warned … that" with a partial quotation as a mixed quote by Ayesha Rahman', () => {
    const quote = quoteWith(run, 'spiral out of control');
    expect(quote.kind).toBe('mixed');
    expect(quote.cue).toBe('warned');
    expect(nameOf(run, quote.speaker)).toBe('Ayesha Rahman');
    expect(quote.text).toBe('the border dispute could "spiral out of control" if troops were not pulled back');
  });

  it('skips an appositive between the speaker and "stressed", and resolves "She" to the last speaker', () => {
    const stressed = quoteWith(run, 'wanted a peaceful solution');
    expect(stressed.speakerText).toBe('Rahman');
    expect(nameOf(run, stressed.speaker)).toBe('Ayesha Rahman');
    const she = quoteWith(run, 'agreed to meet again');
    expect(she.speakerText).toBe('She');
    // Li Wei is named in between, but as the one Rahman met, not as a speaker.
    expect(nameOf(run, she.speaker)).toBe('Ayesha Rahman');
  });

  it('reads announced, a direct quote with "the ministry said", and told', () => {
    expect(quoteWith(run, 'hotline between the two armies').cue).toBe('announced');
    const direct = quoteWith(run, 'small step');
    expect(direct).toMatchObject({ kind: 'direct', speakerText: 'the ministry', text: 'The hotline is a small step, but an important one' });
    const told = quoteWith(run, 'no new incursions');
    expect(told.text).toBe('his troops had seen no new incursions');
    expect(nameOf(run, told.speaker)).toBe('Tomas Berg');
  });

  it('resolves "The general wrote" to General Tomas Berg', () => {
    const quote = quoteWith(run, 'hold the line');
    expect(quote.cue).toBe('wrote');
    expect(quote.speakerText).toBe('The general');
    expect(nameOf(run, quote.speaker)).toBe('Tomas Berg');
  });

  it('marks "Diplomats said privately" as anonymous', () => {
    expect(quoteWith(run, 'most serious in a decade')).toMatchObject({ anonymous: true, speaker: null, speakerText: 'Diplomats' });
  });
});
