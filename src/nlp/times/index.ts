// The `times` field of the Analysis: every date and time expression in the story, resolved against its publication day.
import type { Block, BlockKind, Span, TimeMention } from '../../analysis';
import { isTimeExpression } from './accept';
import { dayFromIso } from './calendar';
import { tenseDirection } from './direction';
import { findChronoCandidates, parserFor } from './find';
import { indexMasks, isMasked } from './masks';
import { resolveChrono } from './resolve';
import { findFixedTimes } from './years';

export interface ExtractTimesOptions {
  /** Spans of names (entity mentions) inside which no time is looked for ("May" the person, "Monday Club"). */
  masks?: readonly Span[];
  /** Characters read at most, over all blocks together; the rest is ignored. Default 300 000. */
  maxChars?: number;
  /** BCP 47 language of the text; chrono's parser for it is used when it has one, English when unset. */
  language?: string | null;
}

export const DEFAULT_MAX_CHARS = 300_000;
/** Raw chrono results looked at over the whole page before parsing stops: a bound on pages made of dates. */
const MAX_CHRONO_RESULTS = 5_000;
// Captions repeat what the story says and are dated by the photo, not the story: they are not read.
const READ_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'dek', 'paragraph', 'heading', 'quote', 'list-item']);
// Relative expressions are not resolved without a publication day; chrono still needs some day to parse against.
const ANY_DAY = new Date(2000, 0, 1, 12);

/**
 * Time mentions in reading order, from blocks of kind title, dek, paragraph, heading, quote and list-item
 * (captions date the photo, not the story). `value` is ISO 8601 at the precision the text gives:
 * - a day "2024-02-26", with "T15:00" when a clock time is written with it ("3 pm on Monday");
 * - a month "2024-10", a year "2001", a decade "199" ("the 1990s", "the '90s"), a century "18" ("19th century");
 * - an interval "a/b" when one expression spans a stretch: "from 3 to 5 March" → "2024-03-03/2024-03-05",
 *   "2023-24" → "2023/2024", "last week" → its Monday to Sunday, "the weekend" → Saturday/Sunday,
 *   "the past 10 years" → "2014/2024", "within two weeks" → publication day to two weeks on.
 *   "Monday and Tuesday" are two mentions (two expressions), so facts can take either or join them.
 * Weekdays and months written without a year are placed by the tense of their sentence (see direction.ts);
 * the article's own weekday is its publication day. Expressions that need the publication day ("yesterday",
 * "Monday", "in October") get null without one, as do those anchored on the story's own events ("the next day",
 * "a day earlier", "after several days"). Not times: durations ("for 10 years"), clock times with no day,
 * parts of a day ("late-night"), weekdays and months inside names ("Sun Weidong", "Super Tuesday", "USA Today",
 * masked spans), numbers that count or label ("2001 people", "$2024", "Resolution 2334"). Holidays
 * ("Labor Day") are not read.
 * For every mention, blocks[m.span.block].text.slice(m.span.start, m.span.end) === m.text. Never throws.
 */
export function extractTimes(blocks: readonly Block[], publishedAt: string | null, options: ExtractTimesOptions = {}): TimeMention[] {
  try {
    return collect(blocks, publishedAt, options);
  } catch {
    return [];
  }
}

function collect(blocks: readonly Block[], publishedAt: string | null, options: ExtractTimesOptions): TimeMention[] {
  const reference = dayFromIso(publishedAt);
  const referenceDate = reference ? new Date(reference.year, reference.month - 1, reference.day, 12) : ANY_DAY;
  const parser = parserFor(options.language);
  const masks = indexMasks(options.masks);
  const budget = { results: MAX_CHRONO_RESULTS };
  let charsLeft = options.maxChars ?? DEFAULT_MAX_CHARS;
  const mentions: TimeMention[] = [];
  for (let index = 0; index < blocks.length && charsLeft > 0; index += 1) {
    const block = blocks[index];
    if (!block || !READ_KINDS.has(block.kind) || typeof block.text !== 'string' || block.text === '') continue;
    const text = block.text.length > charsLeft ? block.text.slice(0, charsLeft) : block.text;
    charsLeft -= text.length;
    const taken: [number, number][] = [];
    const add = (start: number, end: number, value: string | null): void => {
      if (isMasked(masks, index, start, end) || taken.some(([from, to]) => from < end && start < to)) return;
      taken.push([start, end]);
      mentions.push({ text: block.text.slice(start, end), span: { block: index, start, end }, value });
    };
    for (const { start, end, prefix, result } of parser ? findChronoCandidates(text, parser, referenceDate, budget) : []) {
      if (isMasked(masks, index, start, end) || !isTimeExpression(text, start, end, prefix, result)) continue;
      const core = text.slice(start, end);
      const before = text.slice(Math.max(0, start - 8), start);
      add(start, end, resolveChrono(core, before, result, reference, () => tenseDirection(text, start, end)));
    }
    for (const { start, end, value } of findFixedTimes(text)) add(start, end, value);
  }
  return mentions.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
}
