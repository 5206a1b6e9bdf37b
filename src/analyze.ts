// The parser's entry points: a Document, a copied page or plain text in, an Analysis out.
import type { Analysis, Entity } from './analysis';
import { analysisOf, documentUrl, type StoryReading } from './analysis-of';
import { extractStructure } from './structure/extract-structure';
import { parseCopiedText } from './structure/copied-text';
import { parsePlainText } from './structure/plain-text';
import type { StructuredPage } from './structure/structured-page';
import { findEntities, type DocumentTagger } from './nlp/entities/find-entities';
import { extractFacts } from './nlp/facts/index';
import { extractQuotes } from './nlp/quotes/index';
import { extractTimes } from './nlp/times/index';

export interface AnalyzeOptions {
  /** The page's address; used for canonical links and resolving relative hrefs. */
  url?: string | null;
  /**
   * The entity tagger (the shipped model, loaded by the caller: lazily in the extension, from dist/ in the CLI).
   * Without one, entities come from the rules alone: titled names, organisation words, countries and demonyms.
   */
  tagger?: DocumentTagger | null;
  /**
   * Only the article's structure and blocks; entities, times, quotes and facts stay empty. For a first paint
   * before the slower reading, and for timing the structure alone against other extractors.
   */
  structureOnly?: boolean;
}

/** Analyses a parsed page (live DOM, jsdom or linkedom). Reads the document, never writes to it. */
export function analyzeDocument(doc: Document, options: AnalyzeOptions = {}): Analysis {
  const url = options.url ?? documentUrl(doc);
  return timed(url, options, () => extractStructure(doc, url));
}

/** Analyses text copied from a news page (the seed's format: kicker, title, dek, byline, body, related). */
export function analyzeCopiedText(text: string, options: AnalyzeOptions = {}): Analysis {
  return timed(options.url ?? null, options, () => parseCopiedText(text));
}

/** Analyses plain text with no structure detection: every non-empty line is one paragraph. */
export function analyzePlainText(text: string, options: AnalyzeOptions = {}): Analysis {
  return timed(options.url ?? null, options, () => parsePlainText(text));
}

/** Tags no word: what the entity layer runs on when the caller has no model. */
const tagNoNames: DocumentTagger = (sentences) => sentences.map((words) => words.map(() => 'O'));

const NOTHING_READ: StoryReading = { entities: [], times: [], quotes: [], facts: [] };

/** Runs one named layer; the benchmark passes one that times each (bench/analysis/layers.ts). */
export type LayerRunner = <T>(layer: keyof StoryReading, run: () => T) => T;
const runLayer: LayerRunner = (_layer, run) => run();

/** The NLP layers over a structured page's blocks, each reading the ones before it. */
export function readStory(page: StructuredPage, tagger: DocumentTagger, layer: LayerRunner = runLayer): StoryReading {
  const entities = layer('entities', () => findEntities(page.blocks, tagger, { language: page.article.language }));
  return { entities, ...readAfterEntities(page, entities, layer) };
}

/** What a story's entities are not: the layers that read them (times, quotes, facts), in readStory's order. */
export type ReadingAfterEntities = Omit<StoryReading, 'entities'>;

/** The layers after the entities: a reader apart from the page (the extension's background) runs them as a second request. */
export function readAfterEntities(page: Pick<StructuredPage, 'blocks' | 'article'>, entities: Entity[], layer: LayerRunner = runLayer): ReadingAfterEntities {
  // Names are masked so that "Sun Weidong" is no Sunday and "May" the person no month; not events, whose names
  // often carry their date ("the 2024 election").
  const times = layer('times', () =>
    extractTimes(page.blocks, page.article.publishedAt, {
      masks: entities.filter((entity) => entity.type !== 'event').flatMap((entity) => entity.mentions),
      language: page.article.language,
    }),
  );
  // Speakers are resolved to entities, so quotes come after them; facts read all three.
  const quotes = layer('quotes', () => extractQuotes(page.blocks, entities));
  const facts = layer('facts', () => extractFacts({ blocks: page.blocks, entities, times, quotes, article: page.article }));
  return { times, quotes, facts };
}

function timed(url: string | null, options: AnalyzeOptions, read: () => StructuredPage): Analysis {
  const started = performance.now();
  const page = read();
  const reading = options.structureOnly ? NOTHING_READ : readStory(page, options.tagger ?? tagNoNames);
  return analysisOf(url, page, reading, Math.round((performance.now() - started) * 10) / 10);
}


export { analysisOf, type StoryReading };
