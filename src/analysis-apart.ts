// analyzeDocument with the story read apart from the page: the structure here, in the page, and the NLP layers by a reader elsewhere (the extension's background), so that the page runs no NLP.
import type { Analysis, Article, Block, Entity } from './analysis';
import { analysisOf, documentUrl } from './analysis-of';
import type { ReadingAfterEntities } from './analyze';
import { extractStructure, extractStructureSteps } from './structure/extract-structure';
import { runSteps, runStepsYielding, type YieldNow } from './nlp/ner/steps';
import { warmUpDocument } from './structure/warm-up-document';

/** The reader of stories: the entities first (all the marks need), then the layers that read them. */
export interface StoryReaderClient {
  readEntities(blocks: Block[]): Promise<Entity[]>;
  readAfterEntities(page: { blocks: Block[]; article: Article }, entities: Entity[]): Promise<ReadingAfterEntities>;
}

export interface ApartOptions {
  /** The page's address; by default the document's own. */
  url?: string | null;
  reader: StoryReaderClient;
  /**
   * Reads a small invented page first, in a task of its own, so that compiling the structure code (20–30 ms in a
   * fresh page) is not part of the page's own task. For a page's first reading only.
   */
  warmUp?: boolean;
  /** Waits between the warm-up and the page's structure; in the page, a new task. Default: none. */
  pause?: () => Promise<void>;
  /**
   * Waits inside the structure's reading, between slices of about 10 ms (extractStructureSteps), so that a very
   * long page's structure is no one long task. Default: none, the structure is read in one go.
   */
  yieldNow?: YieldNow;
  /** Called with the Analysis as far as the entities, while the rest is read: marks need no more. */
  onEntities?: (partial: Analysis) => void;
  /** Stops between steps: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/**
 * The same Analysis as analyzeDocument with the same tagger (tests/analysis/apart.test.ts holds them to it):
 * readStory's layers in readStory's order, in two requests to the reader. `stats.ms` is the wall time from the
 * structure to the last layer, the reader's time and the messages' included.
 */
export async function analyzeDocumentApart(doc: Document, options: ApartOptions): Promise<Analysis> {
  const url = options.url === undefined ? documentUrl(doc) : options.url;
  const { reader, signal } = options;
  if (options.warmUp) {
    extractStructure(warmUpDocument(doc), null);
    await options.pause?.();
  }
  signal?.throwIfAborted();
  const started = performance.now();
  // The structure's slices count in stats.ms as wall time, like the reader's.
  const steps = extractStructureSteps(doc, url);
  const page = options.yieldNow ? await runStepsYielding(steps, options.yieldNow, { signal }) : runSteps(steps);
  const elapsed = () => Math.round((performance.now() - started) * 10) / 10;
  const entities = await reader.readEntities(page.blocks);
  signal?.throwIfAborted();
  options.onEntities?.(analysisOf(url, page, { entities, times: [], quotes: [], facts: [] }, elapsed()));
  const rest = await reader.readAfterEntities({ blocks: page.blocks, article: page.article }, entities);
  signal?.throwIfAborted();
  return analysisOf(url, page, { entities, ...rest }, elapsed());
}
