// The seed article (TRT World, published Wednesday 2024-02-28; its in-repo copy of /work/shared/seed): times, values and spans, parsed as the CLI parses it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../../src/analysis';
import { analyzeCopiedText } from '../../../src/analyze';
import { extractEntities } from '../../../src/nlp/entities';
import { extractTimes } from '../../../src/nlp/times';

const analysis = analyzeCopiedText(readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8'));
const { blocks } = analysis;

describe('extractTimes on the seed article', () => {
  it('reads the publication day the structure layer found', () => {
    expect(analysis.article.publishedAt).toBe('2024-02-28');
  });

  it('finds every time with its value, in reading order', () => {
    const times = extractTimes(blocks, analysis.article.publishedAt);
    expect(times.map(({ text, value }) => [text, value])).toEqual([
      // "who was in Moscow on Monday and Tuesday": past tense, the most recent ones before Wednesday the 28th.
      ['Monday', '2024-02-26'],
      ['Tuesday', '2024-02-27'],
      ['2001', '2001'],
      ['this year', '2024'],
      ['2024', '2024'],
      // "plans to hold … in October": intent, so the coming October.
      ['October', '2024-10'],
    ]);
  });

  it('gives spans that read back as the mention text', () => {
    for (const mention of extractTimes(blocks, analysis.article.publishedAt)) {
      expect(blocks[mention.span.block]?.text.slice(mention.span.start, mention.span.end)).toBe(mention.text);
    }
  });

  it('does not read "Sun" of Sun Weidong as a Sunday, with or without masks', () => {
    const sunBlocks = blocks.map((block, index) => ({ block, index })).filter(({ block }) => /\bSun\b/.test(block.text));
    expect(sunBlocks.length).toBeGreaterThan(2);
    const times = extractTimes(blocks, '2024-02-28');
    for (const { index } of sunBlocks) {
      expect(times.filter((m) => m.span.block === index).map((m) => m.text)).not.toContain('Sun');
    }
  });

  it('leaves the true times alone when the entity mentions are passed as masks', () => {
    const masks: Span[] = extractEntities(blocks).flatMap((entity) => entity.mentions);
    expect(masks.length).toBeGreaterThan(10);
    expect(extractTimes(blocks, '2024-02-28', { masks })).toEqual(extractTimes(blocks, '2024-02-28'));
  });

  it('without a publication day resolves only what the text dates by itself', () => {
    const times = extractTimes(blocks, null);
    expect(times.map(({ text, value }) => [text, value])).toEqual([
      ['Monday', null],
      ['Tuesday', null],
      ['2001', '2001'],
      ['this year', null],
      ['2024', '2024'],
      ['October', null],
    ]);
  });

  it('keeps the day of a publication time with an offset', () => {
    const times = extractTimes(blocks, '2024-02-28T23:30:00-05:00');
    expect(times.find((m) => m.text === 'Monday')?.value).toBe('2024-02-26');
  });

  it('does not read captions', () => {
    const caption = blocks.findIndex((block) => block.kind === 'caption');
    expect(caption).toBeGreaterThanOrEqual(0);
    const withDate = blocks.map((block, index) => (index === caption ? { ...block, text: 'Photo taken on Monday, Feb 26, 2024.' } : block));
    expect(extractTimes(withDate, '2024-02-28').some((m) => m.span.block === caption)).toBe(false);
  });
});
