// @vitest-environment jsdom
// Properties over random pages and random mentions: the page's text never changes, each mark holds its mention's words, and unhighlight restores every node.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPageHighlighter } from '../../../content/highlight/highlighter';
import type { Analysis, Entity, Span } from '../../../src/analysis';
import { blocksOnly, loadPage, textNodes } from './helpers';

type Inline = { text: string } | { tag: string; children: Inline[] } | { br: true };

// Words, odd whitespace, a soft hyphen and zero-width characters: what cleanText drops or collapses.
const piece = fc.constantFrom('Vantown', 'Okafor', 'harbour', 'the', ' ', '  ', '\n', '\u00A0', '\u00AD', '\u200B', 'é', ',', 'Borel', 'x');
const text = fc.array(piece, { minLength: 1, maxLength: 8 }).map((parts) => ({ text: parts.join('') }));
const inline: fc.Arbitrary<Inline> = fc.letrec<{ node: Inline }>((tie) => ({
  node: fc.oneof(
    { weight: 5, arbitrary: text },
    { weight: 1, arbitrary: fc.constant({ br: true as const }) },
    {
      weight: 2,
      arbitrary: fc.record({
        tag: fc.constantFrom('b', 'i', 'a', 'span', 'em', 'code'),
        children: fc.array(tie('node'), { minLength: 1, maxLength: 3 }),
      }),
    },
  ),
})).node;
const paragraph = fc.array(inline, { minLength: 1, maxLength: 6 });
const page = fc.array(paragraph, { minLength: 1, maxLength: 6 });

function build(parent: Node, nodes: Inline[]): void {
  for (const node of nodes) {
    if ('text' in node) parent.appendChild(document.createTextNode(node.text));
    else if ('br' in node) parent.appendChild(document.createElement('br'));
    else build(parent.appendChild(document.createElement(node.tag)), node.children);
  }
}

function loadRandomPage(paragraphs: Inline[][]): void {
  loadPage('<!doctype html><html lang="en"><head><title>Harbour</title></head><body><main><article><h1>Harbour</h1></article></main></body></html>');
  const story = document.querySelector('article')!;
  for (const nodes of paragraphs) build(story.appendChild(document.createElement('p')), nodes);
}

/** Random spans (0..1 fractions of each block, so they always fit), grouped into three entities. */
function withRandomMentions(analysis: Analysis, cuts: [number, number][]): Analysis {
  const entities: Entity[] = (['person', 'place', 'organization'] as const).map((type, i) => ({
    id: `e${i + 1}`, type, name: type, aliases: [], role: null, affiliation: null, mentions: [], salience: 0.5,
  }));
  cuts.forEach(([a, b], i) => {
    const block = i % analysis.blocks.length;
    const length = analysis.blocks[block]!.text.length;
    const start = Math.floor(Math.min(a, b) * length);
    const end = Math.max(start + 1, Math.ceil(Math.max(a, b) * length));
    if (end <= length) entities[i % 3]!.mentions.push({ block, start, end });
  });
  return { ...analysis, entities };
}

const squeeze = (value: string) => value.replace(/[\s\u00A0\u00AD\u200B-\u200D\uFEFF]/g, '');

describe('highlighting random pages', () => {
  it('never changes the page text, puts each mention\'s words in its marks, and restores every node', async () => {
    const fraction = fc.double({ min: 0, max: 1, noNaN: true });
    await fc.assert(
      fc.asyncProperty(page, fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 12 }), async (paragraphs, cuts) => {
        loadRandomPage(paragraphs);
        const base = blocksOnly();
        fc.pre(base.blocks.length > 0);
        const analysis = withRandomMentions(base, cuts);
        const html = document.body.innerHTML;
        const textBefore = document.body.textContent;
        const nodes = textNodes(document.body);

        const highlighter = createPageHighlighter(document);
        const summary = await highlighter.highlight(analysis);
        expect(document.body.textContent).toBe(textBefore);
        await highlighter.written;
        expect(document.body.textContent).toBe(textBefore);
        expect(document.querySelectorAll('newslens-mark')).toHaveLength(summary.marks);
        expect(document.querySelectorAll('newslens-mark newslens-mark, code newslens-mark')).toHaveLength(0);

        // The marks of one mention hold that mention's words (whitespace between text nodes is left unwrapped).
        const byMention = new Map<string, string>();
        for (const mark of document.querySelectorAll('newslens-mark')) {
          const key = `${mark.getAttribute('data-entity')}:${mark.getAttribute('data-mention')}`;
          byMention.set(key, (byMention.get(key) ?? '') + mark.textContent);
        }
        for (const [key, marked] of byMention) {
          const [id, index] = key.split(':');
          const span: Span = analysis.entities.find((entity) => entity.id === id)!.mentions[Number(index)]!;
          expect(squeeze(marked)).toBe(squeeze(analysis.blocks[span.block]!.text.slice(span.start, span.end)));
        }

        highlighter.unhighlight();
        expect(document.body.innerHTML).toBe(html);
        const after = textNodes(document.body);
        expect(after).toHaveLength(nodes.length);
        after.forEach((node, i) => expect(node).toBe(nodes[i]));
      }),
      { numRuns: 150 },
    );
  });
});
