// Runs Newslens's structure extraction on a parsed page and times it.
import { analyzeDocument } from '../../src/analyze';
import { BODY_KINDS } from '../../src/analysis';
import type { Prediction } from './prediction';

export function runOurs(doc: Document, url: string | null): { prediction: Prediction; ms: number } {
  const started = performance.now();
  // The structure alone: what Readability and metascraper are compared on (entities and quotes have their own suites).
  const analysis = analyzeDocument(doc, { url, structureOnly: true });
  const ms = performance.now() - started;
  const article = analysis.article;
  return {
    ms,
    prediction: {
      title: article.title,
      // The gold's authors are the story's credit line, agencies included; the contract splits that
      // line into people (authors) and agencies (wire), so both are scored together, as Readability's byline is.
      authors: [...article.authors, ...article.wire.filter((agency) => !article.authors.includes(agency))],
      published: article.publishedAt,
      body: analysis.blocks
        .filter((block) => BODY_KINDS.has(block.kind))
        .map((block) => block.text)
        .join('\n'),
      dek: article.dek,
      credit: article.image?.credit ?? null,
    },
  };
}
