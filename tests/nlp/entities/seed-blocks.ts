// The seed article's title, dek and body paragraphs as blocks (the related items and furniture left out, as the structure layer does).
import { readFileSync } from 'node:fs';
import type { Block } from '../../../src/analysis';

const lines = readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8').split('\n');

/** Title, dek, then every body paragraph between the dateline and the "SOURCE:" line. */
export function seedBlocks(): Block[] {
  const bodyStart = lines.indexOf('February 28, 2024') + 1;
  const bodyEnd = lines.findIndex((line) => line.startsWith('SOURCE:'));
  const body = lines.slice(bodyStart, bodyEnd).filter((line) => line.trim() !== '' && line !== 'RECOMMENDED');
  return [
    { kind: 'title', text: lines[2] ?? '' },
    { kind: 'dek', text: lines[3] ?? '' },
    ...body.map((text): Block => ({ kind: 'paragraph', text })),
  ];
}

/** The photo caption, which names Xi Jinping and Vladimir Putin. */
export const seedCaption = lines[5] ?? '';
