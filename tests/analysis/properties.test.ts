// Property tests (fast-check) over the whole Analysis: any text analyses without throwing, and every span reads back.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis';
import { analyzeCopiedText, analyzePlainText } from '../../src/analyze';
import { tagDocument } from '../../src/nlp/ner';
import { expectEntitySpansReadBack } from '../helpers/entity-spans';

/** Words that make the entity, role and date rules fire, mixed with scripts and marks that stress offsets. */
const NEWS_WORDS = [
  'China', "China's", 'Russia', 'Chinese', 'Russian', 'President', 'Vice', 'Foreign', 'Minister', 'Sun', 'Weidong', "Sun's", 'He',
  'the', 'ministry', 'Ministry', 'BRICS', 'Summit', 'Korean', 'peninsula', 'Beijing-Moscow', 'Moscow', 'said', 'and', 'in',
  'Shanghai', 'Cooperation', 'Organisation', '(SCO)', 'of', 'on', 'Monday', 'October', 'May', 'this', 'year', '2001', 'last', 'week',
  'will', 'hold', 'U.S.', 'Dr.', 'Sergey', 'Lavrov,', ',', '.', '"', '“', '”', '—', '🙂', '👩‍👩‍👧', 'موسكو', '習近平', 'e\u0301', 'Türkiye’s',
  '\ud800', 'ÉTATS-UNIS', 'SAID', 'Feb.', '26', 'yesterday', 'next', 'Sunday',
];
const SEPARATORS = [' ', ' ', ' ', '', '\n', '\n\n', '  ', '\u00a0', '\t'];
const newsText = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEWS_WORDS) }, { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) }), { maxLength: 120 })
  .chain((words) => fc.tuple(fc.constant(words), fc.array(fc.constantFrom(...SEPARATORS), { minLength: words.length, maxLength: words.length })))
  .map(([words, gaps]) => words.map((word, i) => word + gaps[i]).join(''));

/** Every mention and time span lies in its block and reads back as the entity's name or alias, or the time's text. */
function expectSpansReadBack(analysis: Analysis): void {
  expect(new Set(analysis.entities.map((entity) => entity.id)).size).toBe(analysis.entities.length);
  expectEntitySpansReadBack(analysis.blocks, analysis.entities);
  for (const time of analysis.times) {
    expect(analysis.blocks[time.span.block]?.text.slice(time.span.start, time.span.end)).toBe(time.text);
  }
}

describe('the Analysis over any text', () => {
  it('never throws, and every entity and time span reads back (plain text)', () => {
    fc.assert(fc.property(newsText, (text) => expectSpansReadBack(analyzePlainText(text, { tagger: tagDocument }))), { numRuns: 150 });
  });

  it('never throws, and every entity and time span reads back (copied-page text)', () => {
    const page = fc.tuple(newsText, newsText).map(([head, body]) => `WORLD\n\n${head}\n\nFebruary 28, 2024\n\n${body}\n\nSOURCE: Reuters`);
    fc.assert(fc.property(page, (text) => expectSpansReadBack(analyzeCopiedText(text, { tagger: tagDocument }))), { numRuns: 100 });
  });
});
