// The parser's entry points: a Document, a copied page or plain text in, an Analysis out.
import { ANALYSIS_SCHEMA, BODY_KINDS, type Analysis } from './analysis';
import { extractStructure } from './structure/extract-structure';
import { parseCopiedText } from './structure/copied-text';
import { parsePlainText } from './structure/plain-text';
import type { StructuredPage } from './structure/structured-page';
import { findEntities, type DocumentTagger } from './nlp/entities/find-entities';
import { extractFacts } from './nlp/facts/index';
import { extractQuotes } from './nlp/quotes/index';
import { extractTimes } from './nlp/times/index';
import { sourcesOf } from './sources';
import { countWords } from './text/normalize';

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

type StoryReading = Pick<Analysis, 'entities' | 'times' | 'quotes' | 'facts'>;
const NOTHING_READ: StoryReading = { entities: [], times: [], quotes: [], facts: [] };

/** Runs one named layer; the benchmark passes one that times each (bench/analysis/layers.ts). */
export type LayerRunner = <T>(layer: keyof StoryReading, run: () => T) => T;
const runLayer: LayerRunner = (_layer, run) => run();

/** The NLP layers over a structured page's blocks, each reading the ones before it. */
export function readStory(page: StructuredPage, tagger: DocumentTagger, layer: LayerRunner = runLayer): StoryReading {
  const entities = layer('entities', () => findEntities(page.blocks, tagger));
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
  return { entities, times, quotes, facts };
}

function timed(url: string | null, options: AnalyzeOptions, read: () => StructuredPage): Analysis {
  const started = performance.now();
  const page = read();
  const reading = options.structureOnly ? NOTHING_READ : readStory(page, options.tagger ?? tagNoNames);
  return analysisOf(url, page, reading, Math.round((performance.now() - started) * 10) / 10);
}

/** The Analysis of a page: its structure, what was read of its story (nothing: every reading layer empty), and the time spent. */
export function analysisOf(url: string | null, page: StructuredPage, reading: StoryReading = { entities: [], times: [], quotes: [], facts: [] }, ms = 0): Analysis {
  const { entities, times, quotes, facts } = reading;
  const words = page.blocks
    .filter((block) => BODY_KINDS.has(block.kind))
    .reduce((sum, block) => sum + countWords(block.text), 0);
  return {
    schema: ANALYSIS_SCHEMA,
    url,
    isArticle: page.isArticle,
    article: page.article,
    blocks: page.blocks,
    entities,
    times,
    quotes,
    facts,
    sources: sourcesOf(page.article, quotes, facts),
    stats: { words, ms },
  };
}

function documentUrl(doc: Document): string | null {
  const href = doc.location?.href ?? doc.URL;
  return href && /^https?:/i.test(href) ? href : null;
}
