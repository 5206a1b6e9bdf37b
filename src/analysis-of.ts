// An Analysis put together from a structured page and what was read of its story: apart from the layers, so the page's side of the extension bundles no NLP.
import { ANALYSIS_SCHEMA, BODY_KINDS, type Analysis } from './analysis';
import type { StructuredPage } from './structure/structured-page';
import { sourcesOf } from './sources';
import { countWords } from './text/normalize';

/** What the NLP layers read of a story. */
export type StoryReading = Pick<Analysis, 'entities' | 'times' | 'quotes' | 'facts'>;

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

/** A document's own address, when it is a web page's. */
export function documentUrl(doc: Document): string | null {
  const href = doc.location?.href ?? doc.URL;
  return href && /^https?:/i.test(href) ? href : null;
}
