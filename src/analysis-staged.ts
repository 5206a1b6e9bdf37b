// analyzeDocument in stages, one task each, for the live page: the page stays responsive and the entities are usable before the rest.
import type { Analysis } from './analysis';
import { documentUrl } from './analysis-of';
import { analysisOf, type AnalyzeOptions } from './analyze';
import { extractStructure } from './structure/extract-structure';
import { findEntities, findEntitiesYielding, type DocumentTagger } from './nlp/entities/find-entities';
import type { YieldNow } from './nlp/ner/steps';
import { extractFacts } from './nlp/facts/index';
import { extractQuotes } from './nlp/quotes/index';
import { extractTimes } from './nlp/times/index';
import { sourcesOf } from './sources';
import { NAME_LIST_WARM_UPS, WARM_UP_BLOCKS } from './analysis-warm-up';
import { WARM_UP_PAGE_HTML } from './structure/warm-up-page';

export interface StagedOptions extends Omit<AnalyzeOptions, 'tagger'> {
  /**
   * Gives the tagger when the entity stage needs it, so that unpacking the weights is a stage of its own
   * (the extension unpacks them on first use). Null or absent: entities from the rules alone.
   */
  loadTagger?: () => DocumentTagger | null;
  /** Waits between two stages; in the page, a new task (content/highlight/yield.ts). Default: no wait. */
  pause?: () => Promise<void>;
  /**
   * Waits inside the entity stage, between slices of about 10 ms of its work (the tagger's, when the tagger has
   * steps: documentTaggerOf), so that a long story's entities are no one long task. Default: none, the stage is one task.
   */
  yieldNow?: YieldNow;
  /**
   * Called once the entities are known, with the Analysis as far as it got: times, quotes and facts still empty.
   * The page's marks need only the entities, so they can be drawn while the rest is read.
   */
  onEntities?: (partial: Analysis) => void;
  /**
   * Reads invented material first (analysis-warm-up.ts): the structure layer a small page, the entity layer a
   * sentence, each in a stage of its own, so that the first compilation of their code and the name lists built on
   * first use (together 60-100 ms in a fresh page) leave the page's own stages. For a page's first reading only.
   */
  warmUp?: boolean;
  /** Stops between stages: the promise then rejects with the signal's reason. */
  signal?: AbortSignal;
}

/** Tags no word: what the entity layer runs on when there is no model. */
const tagNoNames: DocumentTagger = (sentences) => sentences.map((words) => words.map(() => 'O'));

/**
 * The same Analysis as analyzeDocument (src/analyze.ts), read as structure, tagger, entities, times, quotes and
 * facts with a pause between each; the layers and the order in which they read each other are readStory's, and
 * tests/analysis/staged.test.ts holds the two to the same result. `stats.ms` counts the stages' own time, not the pauses.
 */
export async function analyzeDocumentStaged(doc: Document, options: StagedOptions = {}): Promise<Analysis> {
  const url = options.url ?? documentUrl(doc);
  const pause = options.pause ?? (() => Promise.resolve());
  let spent = 0;
  async function stage<T>(run: () => T): Promise<T> {
    options.signal?.throwIfAborted();
    const started = performance.now();
    const result = run();
    spent += performance.now() - started;
    await pause();
    options.signal?.throwIfAborted();
    return result;
  }

  /** A stage whose work yields inside (between slices); only the slices count as its time. */
  async function slicedStage<T>(run: (yieldNow: YieldNow) => Promise<T>, within: YieldNow): Promise<T> {
    options.signal?.throwIfAborted();
    let started = performance.now();
    const result = await run(async () => {
      spent += performance.now() - started;
      await within();
      options.signal?.throwIfAborted();
      started = performance.now();
    });
    spent += performance.now() - started;
    await pause();
    options.signal?.throwIfAborted();
    return result;
  }

  if (options.warmUp) await stage(() => extractStructure(new DOMParser().parseFromString(WARM_UP_PAGE_HTML, 'text/html'), null));
  const page = await stage(() => extractStructure(doc, url));
  const analysis = analysisOf(url, page);
  if (options.structureOnly) return finish(analysis, spent);
  const tagger = (await stage(() => options.loadTagger?.() ?? null)) ?? tagNoNames;
  if (options.warmUp) {
    // The name lists, a task each, then the whole entity layer with the tagger over one sentence.
    for (const warm of NAME_LIST_WARM_UPS) await stage(warm);
    await stage(() => findEntities(WARM_UP_BLOCKS, tagger));
  }
  const yieldNow = options.yieldNow;
  analysis.entities = yieldNow
    ? await slicedStage((within) => findEntitiesYielding(page.blocks, tagger, within), yieldNow)
    : await stage(() => findEntities(page.blocks, tagger));
  const entities = analysis.entities;
  options.onEntities?.({ ...analysis, stats: { ...analysis.stats, ms: round(spent) } });
  // As readStory: names are masked so that "Sun Weidong" is no Sunday; not events, whose names often carry their date.
  analysis.times = await stage(() =>
    extractTimes(page.blocks, page.article.publishedAt, {
      masks: entities.filter((entity) => entity.type !== 'event').flatMap((entity) => entity.mentions),
      language: page.article.language,
    }),
  );
  analysis.quotes = await stage(() => extractQuotes(page.blocks, entities));
  const { times, quotes } = analysis;
  analysis.facts = await stage(() => extractFacts({ blocks: page.blocks, entities, times, quotes, article: page.article }));
  analysis.sources = sourcesOf(page.article, quotes, analysis.facts);
  return finish(analysis, spent);
}


function finish(analysis: Analysis, spent: number): Analysis {
  analysis.stats = { ...analysis.stats, ms: round(spent) };
  return analysis;
}

function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}
