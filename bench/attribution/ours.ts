// Runs extractEntities + extractQuotes on one PolNeAR text and maps the quotes back to file offsets for scoring.
import type { Span } from '../../src/analysis';
import { extractEntities } from '../../src/nlp/entities/index';
import { extractQuotes } from '../../src/nlp/quotes/index';
import type { PolnearDoc, Range } from './polnear';
import type { PredictedAttribution } from './score';

export function ourAttributions(doc: PolnearDoc): PredictedAttribution[] {
  const entities = extractEntities(doc.blocks);
  const byId = new Map(entities.map((e) => [e.id, e]));
  const toFile = (span: Span): Range => {
    const offset = doc.blockStarts[span.block] ?? 0;
    return { start: offset + span.start, end: offset + span.end };
  };
  return extractQuotes(doc.blocks, entities).map((quote) => {
    const speaker = quote.speaker ? byId.get(quote.speaker) : undefined;
    return {
      content: quote.spans.map(toFile),
      speakerRanges: quote.speakerSpan ? [toFile(quote.speakerSpan)] : [],
      speakerNames: speaker ? [speaker.name, ...speaker.aliases] : [],
    };
  });
}
