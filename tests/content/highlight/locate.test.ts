// @vitest-environment jsdom
// The text index agrees with src/structure: every block the parser reads from a page is found in the index exactly.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locateBlocks } from '../../../content/highlight/locate';
import { buildTextIndex } from '../../../content/highlight/text-index';
import { article, blocksOnly, loadPage } from './helpers';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const PAGES = ['samples/trtworld-article.html', 'tests/fixtures/pages/article.html', 'tests/fixtures/pages/article-dom-only.html'];

describe('locateBlocks', () => {
  for (const path of PAGES) {
    it(`finds every body block of ${path} where the parser read it`, () => {
      loadPage(readFileSync(join(ROOT, path), 'utf8'));
      const analysis = blocksOnly();
      const index = buildTextIndex(document);
      const starts = locateBlocks(index, analysis.blocks);
      const missing = analysis.blocks.filter((block, i) => block.kind !== 'title' && block.kind !== 'dek' && block.kind !== 'caption' && starts[i] === null);
      expect(missing).toEqual([]);
      starts.forEach((start, i) => {
        if (start !== null) expect(index.text.slice(start, start + analysis.blocks[i]!.text.length)).toBe(analysis.blocks[i]!.text);
      });
    });
  }

  it('reads the page as the parser does: <br> and block edges are spaces, hidden and unread elements are left out', () => {
    loadPage(article('<p>Harbour<br>report <span hidden>secret</span>from <b>Van</b>town<script>var x = 1;</script>.</p><div>Next</div><p>block</p>'));
    const index = buildTextIndex(document);
    expect(index.text).toContain('Harbour report from Vantown. Next block');
    expect(index.text).not.toContain('secret');
  });

  it('takes the occurrence of the title nearest the story, not a breadcrumb above it', () => {
    const story = '<p>Vantown opened its harbour on Monday after the long strike ended, the port authority said.</p>'.repeat(4);
    loadPage(article(story, 'Harbour opens').replace('<main>', '<nav><ol><li><a href="/">Home</a></li><li>Harbour opens</li></ol></nav><main>'));
    const analysis = blocksOnly();
    const index = buildTextIndex(document);
    const starts = locateBlocks(index, analysis.blocks);
    const title = analysis.blocks.findIndex((block) => block.kind === 'title');
    expect(title).toBeGreaterThanOrEqual(0);
    const node = index.nodes[index.nodeAt(starts[title]!)]!;
    expect(node.parentElement!.localName).toBe('h1');
  });
});
