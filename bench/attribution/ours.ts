// Runs extractEntities + extractQuotes on one PolNeAR text and maps the quotes back to file offsets for scoring.
import type { Span } from '../../src/analysis';
import { extractEntities } from '../../src/nlp/entities/index';
import { extractQuotes } from '../../src/nlp/quotes/index';
import type { PolnearDoc, Range } from './brat-reader';
import type { PredictedAttribution } from './score';

/** Milliseconds spent in extractEntities and in extractQuotes over all calls, for the timing line. */
export const timing = { entitiesMs: 0, quotesMs: 0 };

export function ourAttributions(doc: PolnearDoc): PredictedAttribution[] {
  let started = performance.now();
  const entities = extractEntities(doc.blocks);
  timing.entitiesMs += performance.now() - started;
  const byId = new Map(entities.map((e) => [e.id, e]));
  const toFile = (span: Span): Range => {
    const offset = doc.blockStarts[span.block] ?? 0;
    return { start: offset + span.start, end: offset + span.end };
  };
  started = performance.now();
  const quotes = extractQuotes(doc.blocks, entities);
  timing.quotesMs += performance.now() - started;
  return quotes.map((quote) => {
    const speaker = quote.speaker ? byId.get(quote.speaker) : undefined;
    return {
      content: quote.spans.map(toFile),
      speakerRanges: quote.speakerSpan ? [toFile(quote.speakerSpan)] : [],
      speakerNames: speaker ? [speaker.name, ...speaker.aliases] : [],
    };
  });
}
