// The article region of the DOM (first cut; the body work replaces this): headline and paragraphs.
import type { Block } from '../analysis';
import { cleanOrNull, cleanText } from '../text/normalize';
import type { BodyExtraction } from './types';

export function extractBody(doc: Document, _hints: { title: string | null; description: string | null }): BodyExtraction {
  const blocks: Block[] = [];
  for (const p of Array.from(doc.querySelectorAll('article p, main p'))) {
    const text = cleanText(p.textContent);
    if (text) blocks.push({ kind: 'paragraph', text });
  }
  return {
    title: cleanOrNull(doc.querySelector('h1')?.textContent),
    dek: null,
    section: null,
    statedReadingMinutes: null,
    image: null,
    blocks,
    related: [],
    wire: [],
  };
}
