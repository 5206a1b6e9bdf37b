// @vitest-environment jsdom
// The structure read in steps for the live page: the same result as in one go, with pauses between its passes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractStructure, extractStructureSteps } from '../../src/structure/extract-structure';
import { runStepsYielding } from '../../src/steps';

const SAMPLE = readFileSync(join(__dirname, '../../samples/trtworld-article.html'), 'utf8');
const URL_OF_PAGE = 'https://example.com/world/a-story';

/** An invented long story: a headline, a byline and `count` paragraphs. */
function longStory(count: number): Document {
  const paragraphs = Array.from({ length: count }, (_, i) => `<p>Paragraph ${i + 1}: officials of the harbour trust met in the port city on Tuesday to discuss the loans, the trust said.</p>`);
  return new DOMParser().parseFromString(`<html><head><title>Harbour talks | The Courier</title></head><body><article><h1>Harbour talks</h1><p class="byline">By Mara Okafor</p>${paragraphs.join('')}</article></body></html>`, 'text/html');
}

describe('extractStructureSteps', () => {
  it('gives extractStructure\'s result on the sample page and on a long story', () => {
    for (const doc of [new DOMParser().parseFromString(SAMPLE, 'text/html'), longStory(1200)]) {
      const steps = extractStructureSteps(doc, URL_OF_PAGE);
      let pauses = 0;
      let next = steps.next();
      for (; !next.done; next = steps.next()) pauses++;
      expect(next.value).toEqual(extractStructure(doc, URL_OF_PAGE));
      // Before the root, the figure and the blocks, after the body, and between every 500 blocks of a long story.
      expect(pauses).toBeGreaterThanOrEqual(doc.querySelectorAll('p').length > 1000 ? 7 : 5);
    }
  });

  it('reads a long story in slices that each hand control back, with the same blocks', async () => {
    const doc = longStory(1200);
    let yields = 0;
    const page = await runStepsYielding(extractStructureSteps(doc, URL_OF_PAGE), async () => void yields++, { sliceMs: 0 });
    expect(page.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(1200);
    expect(yields).toBeGreaterThanOrEqual(7);
    expect(page).toEqual(extractStructure(doc, URL_OF_PAGE));
  });
});
