// @vitest-environment jsdom
// The page read apart from it: its HTML to a reader elsewhere, the same Analysis as the CLI reads from that HTML.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis';
import { analyzeDocument } from '../../src/analyze';
import { analyzeDocumentApart, type StoryReaderClient } from '../../src/analysis-apart';
import { createStoryReader } from '../../background/story-reader';
import { parseHtmlDocument } from '../../src/io/parse-html';
import { storyReaderClient } from '../../content/story-reader-client';
import { tagDocument } from '../../src/nlp/ner';
import type { DocumentTagger } from '../../src/nlp/entities/find-entities';

const SAMPLE = readFileSync(join(__dirname, '../../samples/trtworld-article.html'), 'utf8');
const URL_OF_PAGE = 'https://example.com/world/a-story';

const loadSample = () => new DOMParser().parseFromString(SAMPLE, 'text/html');
const withoutTime = (analysis: Analysis) => ({ ...analysis, stats: { ...analysis.stats, ms: 0 } });

/** The content script's client over the background's reader in-process (with a JSON round trip each way, as a message takes). */
function readerOver(tagger: DocumentTagger | null, log: string[] = []): StoryReaderClient {
  const reader = createStoryReader(() => tagger);
  return storyReaderClient(async (message) => {
    log.push(message.method);
    return JSON.parse(JSON.stringify(await reader.handle(JSON.parse(JSON.stringify(message)))));
  });
}

describe('analyzeDocumentApart', () => {
  it('reads the live page as the CLI reads its HTML, with and without the tagger, and as the page itself would', async () => {
    const doc = loadSample();
    const html = doc.documentElement.outerHTML;
    const cli = analyzeDocument(parseHtmlDocument(html), { url: URL_OF_PAGE, tagger: tagDocument });
    expect(cli.entities.length).toBeGreaterThan(10);
    expect(cli.quotes.length).toBeGreaterThan(0);
    expect(cli.facts.length).toBeGreaterThan(0);
    const apart = await analyzeDocumentApart(doc, { url: URL_OF_PAGE, reader: readerOver(tagDocument) });
    expect(withoutTime(apart)).toEqual(withoutTime(cli));
    // The seed page reads the same through linkedom (the background) as through the browser's own DOM (jsdom here).
    expect(withoutTime(apart)).toEqual(withoutTime(analyzeDocument(doc, { url: URL_OF_PAGE, tagger: tagDocument })));
    const rulesOnly = await analyzeDocumentApart(doc, { url: URL_OF_PAGE, reader: readerOver(null) });
    expect(withoutTime(rulesOnly)).toEqual(withoutTime(analyzeDocument(parseHtmlDocument(html), { url: URL_OF_PAGE })));
  });

  it('hands over the entities before asking for the rest', async () => {
    const events: string[] = [];
    const partials: Analysis[] = [];
    await analyzeDocumentApart(loadSample(), {
      url: URL_OF_PAGE,
      reader: readerOver(tagDocument, events),
      onEntities: (partial) => {
        events.push('entities');
        partials.push(partial);
      },
    });
    expect(events).toEqual(['readPage', 'entities', 'readAfterEntities']);
    expect(partials[0]!.entities.map((entity) => entity.name)).toContain('Sun Weidong');
    expect(partials[0]!.article.title).toBeTruthy();
    expect(partials[0]!.quotes).toEqual([]);
  });

  it('rejects with the reader\'s reason, and stops when the signal aborts', async () => {
    const failing: StoryReaderClient = { readPage: () => Promise.reject(new Error('no background')), readAfterEntities: () => Promise.reject(new Error('unused')) };
    await expect(analyzeDocumentApart(loadSample(), { url: URL_OF_PAGE, reader: failing })).rejects.toThrow('no background');
    const controller = new AbortController();
    const log: string[] = [];
    const reader = readerOver(null, log);
    const stopping: StoryReaderClient = { ...reader, readPage: async (html, url) => (controller.abort(new Error('torn down')), reader.readPage(html, url)) };
    await expect(analyzeDocumentApart(loadSample(), { url: URL_OF_PAGE, reader: stopping, signal: controller.signal })).rejects.toThrow('torn down');
    expect(log).toEqual(['readPage']);
  });
});
