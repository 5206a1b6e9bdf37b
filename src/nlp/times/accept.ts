// Rejects what chrono reads as a date but news text means otherwise: names ("Sun Weidong", "Super Tuesday"),
// "may" and "march" as words, bare clock times, scores and fractions ("3/5").
import type { ParsedResult } from 'chrono-node';

/** Words that tie an expression to the moment of writing ("yesterday", "last week", "this year"). */
export const DEICTIC =
  /\b(?:yesterday|today|tonight|tomorrow|now|ago|last|next|this|past|coming|within|weekend|weeks?|months?|years?|fortnight|in\s+\d+|\d+\s+days?|days?|hours?|minutes?|morning|evening|afternoon|night)\b/i;

const WEEKDAY_ABBREVIATION = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)$/i;
const LOWER_ABBREVIATION_START = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b/;
const WEEKDAY = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const MODAL_OR_VERB_MONTH = /^(?:may|march|august)\.?$/;
const TITLE_WORD_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+)\s$/u;
const TITLE_WORD_AFTER = /^\s\p{Lu}\p{Ll}+/u;
// Capitalised words that open a clause before a weekday without naming anything ("On Monday", "Late Tuesday").
const OPENERS = new Set([
  'on', 'by', 'last', 'next', 'this', 'since', 'until', 'from', 'before', 'after', 'early', 'earlier', 'late', 'later',
  'every', 'each', 'through', 'and', 'but', 'or', 'of', 'starting', 'beginning', 'between', 'the', 'that', 'as', 'at',
  'for', 'till', 'then', 'also', 'only', 'until', 'and', 'from', 'during', 'over', 'so', 'yet', 'again', 'meanwhile',
]);
const THE_OR_START_BEFORE = /(?:^|[.!?:;"“]\s*|\bthe\s)$/i;
// Words that make a month name alone a month ("in May", "mid-October", "since March", "May and June").
const MONTH_CUE_BEFORE =
  /(?:\b(?:in|since|until|till|by|from|to|through|throughout|during|of|early|late|mid|last|next|this|before|after|between|and|or|around|for|end|start|beginning|middle|each|every|until|on)\s+|mid-|-)$/i;
const NUMERIC_ONLY = /^[\d\s/.\-:,]+$/;
// "the early morning hours", "late-night calls", "The Dallas Morning News": a part of some unnamed day.
const TIME_OF_DAY_ONLY = /^(?:morning|afternoon|evening|night|noon|midday|midnight|dawn|dusk)s?$/i;
// "in the days since", "for years": a stretch of time, not a point on the calendar.
const BARE_UNIT = /^(?:days?|weeks?|months?|years?|decades?)$/i;
// Capitalised and inside a sentence, these name things: "USA Today", the "Today" programme.
const CAPITALISED_DEICTIC = /^(?:Today|Tonight|Yesterday|Tomorrow|TODAY|TONIGHT)$/;
// Half of a hyphenated word: "Twenty-[two years ago]", "low-[50s]", "[day]-long", "[year]-old".
const HYPHEN_BEFORE = /(\p{L}+)-$/u;
const HYPHEN_AFTER = /^-\p{L}/u;
const PREFIXES_OF_TIMES = new Set(['mid', 'early', 'late', 'pre', 'post']);

// "for 10 years", "18 years": a duration, unless "in"/"within" makes it a point ahead ("in 18 years").
const COUNTED_UNITS = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|few|a couple of|couple of)\s+(?:days?|weeks?|months?|years?|decades?|hours?|minutes?)$/i;

// "a second week", "in five seconds", "ten minutes later": ordinals and moments no calendar day stands for.
const SECONDS_OR_MINUTES = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+(?:seconds?|minutes?|secs?|mins?)$/i;

/**
 * True when the expression chrono found at [start, end) of `text` is a time the story names; `prefix` is
 * what chrono read before it and the mention leaves out ("in ", "for ").
 */
export function isTimeExpression(text: string, start: number, end: number, prefix: string, result: ParsedResult): boolean {
  const core = text.slice(start, end);
  const before = text.slice(Math.max(0, start - 40), start);
  const after = text.slice(end, end + 40);
  if (/^(?:right\s+)?now$/i.test(core) || TIME_OF_DAY_ONLY.test(core) || BARE_UNIT.test(core)) return false;
  const hyphenated = HYPHEN_BEFORE.exec(before)?.[1];
  if ((hyphenated && !PREFIXES_OF_TIMES.has(hyphenated.toLowerCase())) || HYPHEN_AFTER.test(after)) return false;
  if (COUNTED_UNITS.test(core) && !/\b(?:in|within)\s+$/i.test(prefix)) return false;
  if (SECONDS_OR_MINUTES.test(core)) return false;
  if (CAPITALISED_DEICTIC.test(core) && /[\p{L}\p{N}]\s*$/u.test(before)) return false;
  const deictic = DEICTIC.test(core);
  const parts = result.start;
  const dated = (['year', 'month', 'day', 'weekday'] as const).some((part) => parts.isCertain(part));
  // A clock time with no day ("at 3 pm", "10:30") cannot be placed on the calendar.
  if (!deictic && !dated) return false;
  // "3/5", "4-3", "10.30": fractions, scores and prices more often than dates when no year is written.
  if (NUMERIC_ONLY.test(core) && !/\d{4}/.test(core)) return false;
  if (WEEKDAY_ABBREVIATION.test(core)) return /^[.,]/.test(after) && !/^\p{Ll}/u.test(core);
  if (LOWER_ABBREVIATION_START.test(core)) return false;
  if (WEEKDAY.test(core)) return !weekdayIsName(before, after);
  if (monthAlone(result)) return !MODAL_OR_VERB_MONTH.test(core) && MONTH_CUE_BEFORE.test(before);
  return true;
}

/** "Super Tuesday", "Bloody Sunday", "the Monday Club": a weekday inside a capitalised name. */
function weekdayIsName(before: string, after: string): boolean {
  const previous = TITLE_WORD_BEFORE.exec(before)?.[1];
  if (previous && !OPENERS.has(previous.toLowerCase())) return true;
  return TITLE_WORD_AFTER.test(after) && THE_OR_START_BEFORE.test(before);
}

function monthAlone(result: ParsedResult): boolean {
  const parts = result.start;
  return parts.isCertain('month') && !parts.isCertain('day') && !parts.isCertain('year') && !parts.isCertain('weekday');
}
