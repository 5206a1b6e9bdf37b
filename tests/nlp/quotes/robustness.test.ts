// Bad input never crashes extractQuotes and never makes a quote run past the paragraphs its own marks span.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/analysis';
import { extractQuotes } from '../../../src/nlp/quotes/index';
import { stretchesIn } from '../../../src/nlp/quotes/quote-marks';

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: 'paragraph', text }));

describe('quotation marks', () => {
  it('pairs curly, straight and mixed marks, and typewriter double apostrophes', () => {
    expect(stretchesIn('He said “yes” and "no".').map((s) => s.closed)).toEqual([true, true]);
    // A straight opening closed by a curly mark, a curly opening "closed" by the wrong curly mark.
    expect(stretchesIn('"I agree,” Grassley said.')).toEqual([{ start: 0, end: 10, closed: true }]);
    expect(stretchesIn('“Apparently not,“ he said.')).toEqual([{ start: 0, end: 17, closed: true }]);
    const [quote] = extractQuotes(paragraphs("''We will win this race,'' Mr. Lux said."), []);
    expect(quote).toMatchObject({ kind: 'direct', text: 'We will win this race', speakerText: 'Mr. Lux' });
  });

  it('never lets an unbalanced mark reach past its paragraph', () => {
    const blocks = paragraphs('Trump said: "We will build it, and', 'The mayor said the city was ready for the storm.');
    const quotes = extractQuotes(blocks, []);
    for (const quote of quotes) expect(quote.spans.every((s) => s.block === quote.span.block)).toBe(true);
    expect(quotes.map((q) => q.text)).toContain('the city was ready for the storm');
  });

  it('continues an open quotation only into a paragraph that opens with a mark, and stops where it closes', () => {
    const blocks = paragraphs('"We are ready to talk," she said. "But not forever.', '"This is our last offer."', '"Unrelated slogan" was painted on walls.');
    const [quote] = extractQuotes(blocks, []);
    expect(quote?.spans.map((s) => s.block)).toEqual([0, 0, 1]);
  });

  it('finds nothing in text without cues, in non-English text and in empty blocks', () => {
    expect(extractQuotes(paragraphs('The river rose by two metres overnight.'), [])).toEqual([]);
    expect(extractQuotes(paragraphs('Der Minister sagte: „Wir sind bereit.“', '外交部发言人表示，“中方支持”。'), [])).toEqual([]);
    expect(extractQuotes(paragraphs('', '   ', '"'), [])).toEqual([]);
  });
});

const PIECES = ['"', '“', '”', '«', '»', "''", ' said ', ' told reporters ', ', ', '. ', 'He', ' she ', ' according to ', 'officials', ' the ministry ', 'Sun', ': ', '\n', 'word ', '?', '’', 'saying ', ' seems to ', 'Asked whether ', '(', ')', ' wrote', 'Says '];
const blockArbitrary = fc.record({
  kind: fc.constantFrom<Block['kind']>('paragraph', 'title', 'dek', 'caption', 'quote', 'list-item', 'heading'),
  text: fc.oneof(fc.string({ maxLength: 60 }), fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''))),
});

describe('any input', () => {
  it('returns quotes whose spans lie inside their blocks and whose paragraphs follow each other', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 6 }), (blocks) => {
        const quotes = extractQuotes(blocks, []);
        for (const quote of quotes) {
          for (const span of [quote.span, ...quote.spans]) {
            const text = blocks[span.block]?.text ?? '';
            expect(span.start).toBeGreaterThanOrEqual(0);
            expect(span.end).toBeLessThanOrEqual(text.length);
            expect(span.start).toBeLessThan(span.end);
          }
          const order = quote.spans.map((s) => s.block);
          order.slice(1).forEach((block, i) => expect(block - (order[i] as number)).toBeLessThanOrEqual(1));
        }
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
