// Any input returns quickly and never throws; every mention's span reads back as its text (fast-check properties).
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block, BlockKind, TimeMention } from '../../../src/analysis';
import { analyzeCopiedText } from '../../../src/analyze';
import { extractTimes } from '../../../src/nlp/times';

const KINDS: BlockKind[] = ['title', 'dek', 'caption', 'heading', 'paragraph', 'quote', 'list-item'];
// Date words, names that look like dates, numbers and scripts, so random blocks often hold something to find.
const PIECES = [
  'Monday', 'Sun', 'Sun Weidong', 'May', 'march', 'in October', 'on Feb. 26', '2001', '1990s', "'90s", '2023-24', 'yesterday',
  'last week', 'next year', 'this month', 'at 3 pm', 'from 3 to 5 March', '$2024', '3/5', ' ', ' ', ', ', '. ', 'said', 'will',
  'the', '😀', 'مرحبا', '中文', 'ÄÖ', '\u200b', '\n', '-', '’', 'a',
];

function expectSpansReadBack(blocks: readonly Block[], mentions: readonly TimeMention[]): void {
  for (const mention of mentions) {
    const text = blocks[mention.span.block]?.text ?? '';
    expect(mention.span.start).toBeGreaterThanOrEqual(0);
    expect(mention.span.end).toBeGreaterThan(mention.span.start);
    expect(mention.span.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
    expect(mention.value === null || typeof mention.value === 'string').toBe(true);
  }
}

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const blockArbitrary = fc.record({
  kind: fc.constantFrom(...KINDS),
  text: fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join('')),
  ),
});
const publishedArbitrary = fc.oneof(fc.constant(null), fc.constant('2024-02-28'), fc.constant('2024-02-28T23:30:00-05:00'), fc.string({ maxLength: 12 }));

describe('extractTimes on any input', () => {
  it('never throws and every span reads back as its text', () => {
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 6 }), publishedArbitrary, (blocks, publishedAt) => {
        expectSpansReadBack(blocks, extractTimes(blocks, publishedAt));
      }),
      { numRuns: 300, seed: 20240228 },
    );
  });

  it('keeps spans exact with random masks', () => {
    const mask = fc.record({ block: fc.nat({ max: 3 }), start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) });
    fc.assert(
      fc.property(fc.array(blockArbitrary, { maxLength: 4 }), fc.array(mask, { maxLength: 5 }), (blocks, masks) => {
        const mentions = extractTimes(blocks, '2024-02-28', { masks });
        expectSpansReadBack(blocks, mentions);
        for (const m of mentions) {
          expect(masks.some((s) => s.block === m.span.block && s.end > s.start && s.start < m.span.end && m.span.start < s.end)).toBe(false);
        }
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('extractTimes on bad input', () => {
  const cases: [string, string][] = [
    ['empty', ''],
    ['5 MB without spaces', 'a'.repeat(5_000_000)],
    ['5 MB of one weekday without spaces', 'Sunday'.repeat(850_000)],
    ['all capitals', 'ON MONDAY THE MINISTERS MET IN MAY 2024 AND WILL MEET AGAIN IN OCTOBER. '.repeat(20)],
    ['emoji', '📅🗓️⏰ 2024 😀'.repeat(5000)],
    ['right to left', 'أعلن الوزير يوم الاثنين ٢٠٢٤ في موسكو. הודיע ביום שני'.repeat(500)],
    ['mixed scripts', 'Москва 2024年2月26日 Monday مرحبا 中文 1990s'.repeat(2000)],
    ['lone surrogates', '\uD800Monday\uDC00 2001 \uDBFF'.repeat(1000)],
  ];
  for (const [name, text] of cases) {
    it(`returns within a second: ${name}`, () => {
      const blocks: Block[] = [{ kind: 'paragraph', text }];
      const { value, ms } = timed(() => extractTimes(blocks, '2024-02-28'));
      expectSpansReadBack(blocks, value);
      expect(ms).toBeLessThan(1000);
    });
  }

  it('stops reading at maxChars, over all blocks together', () => {
    const blocks: Block[] = [
      { kind: 'paragraph', text: 'Talks were held on Monday.' },
      { kind: 'paragraph', text: 'The group was founded in 2001.' },
    ];
    expect(extractTimes(blocks, '2024-02-28', { maxChars: 30 }).map((m) => m.text)).toEqual(['Monday']);
    expect(extractTimes(blocks, '2024-02-28', { maxChars: 0 })).toEqual([]);
  });

  it('bounds a page made of nothing but dates', () => {
    const blocks: Block[] = Array.from({ length: 100 }, () => ({ kind: 'paragraph', text: 'MONDAY TUESDAY MAY 5 MARCH 2024 '.repeat(90) }));
    const { value, ms } = timed(() => extractTimes(blocks, '2024-02-28'));
    expectSpansReadBack(blocks, value);
    expect(ms).toBeLessThan(3000);
  });

  it('ignores blocks that are not blocks', () => {
    const blocks = [null, { kind: 'paragraph' }, { kind: 'paragraph', text: 42 }, { kind: 'paragraph', text: 'in 2001' }] as unknown as Block[];
    expect(extractTimes(blocks, '2024-02-28')).toEqual([{ text: '2001', span: { block: 3, start: 3, end: 7 }, value: '2001' }]);
  });

  it('reads non-English text with the English parser without failing, and a known language with its own', () => {
    const german: Block[] = [{ kind: 'paragraph', text: 'Die Minister trafen sich am Montag, dem 26. Februar 2024, in Moskau.' }];
    expectSpansReadBack(german, extractTimes(german, '2024-02-28'));
    expect(extractTimes(german, '2024-02-28', { language: 'de' }).map((m) => m.value)).toContain('2024-02-26');
    expect(extractTimes(german, '2024-02-28', { language: 'xx' }).map((m) => m.value)).toEqual(['2024']);
  });
});

describe('extractTimes speed on the seed page', () => {
  // The fastest of 20 runs: a busy machine slows it least, a runaway slows every run.
  it('takes under 5 ms warm (fastest of 20 runs)', () => {
    const { blocks, article } = analyzeCopiedText(readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8'));
    extractTimes(blocks, article.publishedAt);
    const runs = Array.from({ length: 20 }, () => timed(() => extractTimes(blocks, article.publishedAt)).ms).sort((a, b) => a - b);
    expect(runs[0]).toBeLessThan(5);
  });
});
