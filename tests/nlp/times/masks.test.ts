// Masks (entity mention spans) keep names from being read as times: "May" the person, "March of Dimes", "Monday Club".
import { describe, expect, it } from 'vitest';
import type { Block, Span } from '../../../src/analysis';
import { extractTimes } from '../../../src/nlp/times';

/** The span of the first `name` in block `block`. */
function spanOf(blocks: readonly Block[], block: number, name: string): Span {
  const start = (blocks[block]?.text ?? '').indexOf(name);
  return { block, start, end: start + name.length };
}

describe('extractTimes with masks', () => {
  const blocks: Block[] = [
    { kind: 'title', text: 'May to meet March of Dimes on Monday' },
    { kind: 'paragraph', text: 'In May, May said funds went to March of Dimes in March.' },
  ];

  it('finds nothing inside a masked name and keeps the times outside it', () => {
    const masks = [spanOf(blocks, 0, 'March of Dimes'), spanOf(blocks, 1, 'March of Dimes')];
    const texts = extractTimes(blocks, '2024-02-28', { masks }).map((m) => `${m.span.block}:${m.text}`);
    expect(texts).toEqual(['0:Monday', '1:May', '1:March']);
    // Without the mask, "to March" reads as a month.
    expect(extractTimes(blocks, '2024-02-28').map((m) => `${m.span.block}:${m.text}`)).toEqual(['0:Monday', '1:May', '1:March', '1:March']);
  });

  it('applies a mask only to its own block', () => {
    const masks = [spanOf(blocks, 0, 'Monday')];
    const found = extractTimes(blocks, '2024-02-28', { masks });
    expect(found.some((m) => m.span.block === 0 && m.text === 'Monday')).toBe(false);
    expect(found.filter((m) => m.span.block === 1).map((m) => m.text)).toEqual(['May', 'March', 'March']);
  });

  it('masks a weekday that names a club', () => {
    const club: Block[] = [{ kind: 'paragraph', text: 'Members of Monday Club voted on Tuesday.' }];
    expect(extractTimes(club, '2024-02-28').map((m) => m.text)).toEqual(['Monday', 'Tuesday']);
    const masks = [spanOf(club, 0, 'Monday Club')];
    expect(extractTimes(club, '2024-02-28', { masks }).map((m) => [m.text, m.value])).toEqual([['Tuesday', '2024-02-27']]);
  });

  it('ignores malformed masks instead of failing', () => {
    const masks = [{ block: 0, start: Number.NaN, end: 4 }, { block: 0, start: 9, end: 3 }] as Span[];
    expect(extractTimes(blocks, '2024-02-28', { masks }).length).toBe(extractTimes(blocks, '2024-02-28').length);
  });
});
