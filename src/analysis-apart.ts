// analyzeDocument with the page read apart from it: the page hands over its HTML, a reader elsewhere (the extension's background) reads the structure and the story, so the page runs no parser.
import type { Analysis, Article, Block, Entity } from './analysis';
import { analysisOf, documentUrl } from './analysis-of';
import type { ReadingAfterEntities } from './analyze';
import type { StructuredPage } from './structure/structured-page';

/** The reader of pages: the structure and entities first (all the marks need), then the layers that read them. */
export interface StoryReaderClient {
  readPage(html: string, url: string | null): Promise<{ page: StructuredPage; entities: Entity[] }>;
  readAfterEntities(page: { blocks: Block[]; article: Article }, entities: Entity[]): Promise<ReadingAfterEntities>;
}

export interface ApartOptions {
  /** The page's address; by default the document's own. */
  url?: string | null;
  reader: StoryReaderClient;
  /** Called with the Analysis as far as the entities, while the rest is read: marks need no more. */
  onEntities?: (partial: Analysis) => void;
  /** Stops between the two requests: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * The Analysis of the document as it is now, the way the CLI reads the same HTML (parseHtmlDocument, then
 * analyzeDocument; tests/analysis/apart.test.ts holds them to it), in two requests to the reader. `stats.ms` is
 * the wall time from the serialisation to the last layer, the reader's time and the messages' included.
 */
export async function analyzeDocumentApart(doc: Document, options: ApartOptions): Promise<Analysis> {
  const url = options.url === undefined ? documentUrl(doc) : options.url;
  const { reader, signal } = options;
  signal?.throwIfAborted();
  const started = performance.now();
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  // The live document as it stands, page scripts' changes included: a native call, a few ms for a large page.
  // eslint-disable-next-line no-restricted-properties -- reads the page's serialisation; nothing is written as HTML
  const { page, entities } = await reader.readPage(doc.documentElement.outerHTML, url);
  signal?.throwIfAborted();
  options.onEntities?.(analysisOf(url, page, { entities, times: [], quotes: [], facts: [] }, elapsed()));
  const rest = await reader.readAfterEntities({ blocks: page.blocks, article: page.article }, entities);
  signal?.throwIfAborted();
  return analysisOf(url, page, { entities, ...rest }, elapsed());
}
