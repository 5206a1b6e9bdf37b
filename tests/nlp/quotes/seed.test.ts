// The seed page's quotes, checked by hand: who said what on the TRT World article.
import { describe, expect, it } from 'vitest';
import { nameOf, quoteWith, runSeed } from './helpers';

const run = runSeed();

describe('quotes on the seed page', () => {
  it('gives the "anchor of stability" quote to Sun Weidong, passed on by the Chinese Foreign Ministry', () => {
    const quote = quoteWith(run, 'should play a "better role as an anchor of stability');
    expect(nameOf(run, quote.speaker)).toBe('Sun Weidong');
    expect(quote.speakerText).toBe("China's Vice Foreign Minister Sun Weidong");
    expect(quote.kind).toBe('mixed');
    expect(quote.cue).toBe('said');
    expect(nameOf(run, quote.via)).toBe('Chinese Foreign Ministry');
    expect(quote.viaText).toBe('the ministry');
    // The cue "according to the ministry" is not part of the content.
    expect(quote.text).not.toContain('according to');
    expect(run.blocks[quote.span.block]?.text.slice(quote.span.start, quote.span.end)).toBe(
      'China and Russia should play a "better role as an anchor of stability in the changing circumstances of the century"',
    );
  });

  it("gives the first paragraph's claim to the Chinese Foreign Ministry", () => {
    const quote = quoteWith(run, 'should strengthen communication and coordination');
    expect(nameOf(run, quote.speaker)).toBe('Chinese Foreign Ministry');
    expect(quote.speakerText).toBe('the Chinese Foreign Ministry');
    expect(quote.kind).toBe('indirect');
    expect(quote.text).toBe(
      'China and Russia should strengthen communication and coordination in Asia Pacific affairs and jointly safeguard regional security, stability and development',
    );
  });

  it('gives "Sun said China supports…" and "…, Sun said in Moscow" to Sun Weidong', () => {
    const supports = quoteWith(run, 'China supports Russia');
    expect(nameOf(run, supports.speaker)).toBe('Sun Weidong');
    expect(supports.text).toBe('China supports Russia assuming the BRICS presidency this year');
    expect(supports.kind).toBe('indirect');
    const ready = quoteWith(run, 'China stands ready');
    expect(nameOf(run, ready.speaker)).toBe('Sun Weidong');
    expect(ready.speakerText).toBe('Sun');
    expect(ready.text).not.toContain('in Moscow');
  });

  it("reads the dek's quote, with the cue after it, as Sun Weidong's", () => {
    const quote = quoteWith(run, 'should play "better role');
    expect(run.blocks[quote.span.block]?.kind).toBe('dek');
    expect(nameOf(run, quote.speaker)).toBe('Sun Weidong');
    expect(quote.cue).toBe('says');
    expect(quote.kind).toBe('mixed');
  });

  it('finds no statement in meetings, facts or the caption', () => {
    const blocksWithQuotes = new Set(run.quotes.map((q) => run.blocks[q.span.block]?.text ?? ''));
    for (const text of blocksWithQuotes) {
      expect(text).not.toMatch(/^(?:He also met|Both China and Russia exchanged|Russia took over|The BRICS bloc|Sun's Moscow talks)/);
    }
    expect(run.quotes.every((q) => run.blocks[q.span.block]?.kind !== 'caption')).toBe(true);
  });
});
