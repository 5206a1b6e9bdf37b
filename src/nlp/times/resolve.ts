// Turns one chrono expression into an ISO 8601 value at the precision the text gives, against the article's day.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { addDays, daysBetween, isoDay, isoMonth, isoYear, isValidDay, pad, weekdayOf, weekInterval, type CalendarDay } from './calendar';
import type { Direction } from './direction';

/** Words that tie an expression to the day of writing: chrono's own answer from the reference day is right. */
const RELATIVE =
  /\b(?:yesterday|today|tonight|tomorrow|ago|last|next|this|past|coming|within|weekend|weeks?|months?|years?|fortnight|in\s+\d+|hours?|minutes?|days?)\b/i;
/** "the next day", "a day earlier", "two weeks later": relative to the story's events, not to the article. */
const ANAPHORIC_START = /^(?:next|following|previous|prior)\s+(?:day|week|month|year|morning|night|evening|afternoon)\b/i;
const ANAPHORIC_END = /\b(?:earlier|later|before|after)$/i;
const ANAPHORIC_AFTER = /^(?:after|before)\s/i;
/** "in 24 years": ahead of the article day in "will cost more in 18 years", a duration in "has not lost in 24 years". */
const IN_COUNTED = /^(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|a few|few)\s+(?:days?|weeks?|months?|years?|decades?)$/i;
const COUNT = String.raw`(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|few)`;
const PAST_SPAN = new RegExp(String.raw`\b(?:past|last)\s+${COUNT}\s+(years|months|weeks|days)\b`, 'i');
const NEXT_SPAN = new RegExp(String.raw`\b(?:next|coming)\s+${COUNT}\s+(years|months|weeks|days)\b`, 'i');
/** "Monday of last week": chrono 2.10 answers the Monday of this week. */
const WEEKDAY_OF_WEEK = /\b(mon|tues|wednes|thurs|fri|satur|sun)day\s+of\s+(last|this|next)\s+week\b/i;
const WEEKDAY_STEMS = ['sun', 'mon', 'tues', 'wednes', 'thurs', 'fri', 'satur'];

type Precision = 'year' | 'month' | 'day';

/**
 * The value of a chrono expression: "2024-02-26", "2024-10", "2024", an interval "2024-03-03/2024-03-05",
 * or null when it needs a reference day the article lacks or an anchor the text does not give.
 * `direction` is asked only when the expression leaves past or coming open ("Monday", "in October").
 */
export function resolveChrono(
  core: string,
  textBefore: string,
  result: ParsedResult,
  reference: CalendarDay | null,
  direction: () => Direction | null,
): string | null {
  if ((ANAPHORIC_START.test(core) && /\bthe\s+$/i.test(textBefore)) || ANAPHORIC_END.test(core) || ANAPHORIC_AFTER.test(core)) return null;
  if (IN_COUNTED.test(core) && /\bin\s+$/i.test(textBefore) && direction() === 'backward') return null;
  if (RELATIVE.test(core)) return reference ? relativeValue(core, /\bwithin\s+$/i.test(textBefore), result, reference, direction) : null;
  const start = absoluteDay(result.start, reference, direction);
  if (!start) return null;
  const first = format(start, result.start);
  if (!result.end) return first;
  const end = absoluteDay(result.end, reference, () => null, start);
  if (!end || !first) return first;
  const last = format(end, result.end);
  return last && last !== first ? `${first}/${last}` : first;
}

interface Resolved {
  day: CalendarDay;
  precision: Precision;
}

/**
 * A date from the components the text states; a missing year comes from the reference day and the direction,
 * or, for the end of a range, from the range's start ("3 to 5 March").
 */
function absoluteDay(parts: ParsedComponents, reference: CalendarDay | null, direction: () => Direction | null, rangeStart?: Resolved): Resolved | null {
  const month = parts.get('month') ?? 1;
  const day = parts.get('day') ?? 1;
  if (parts.isCertain('year')) {
    const year = parts.get('year') ?? 0;
    const precision: Precision = parts.isCertain('day') ? 'day' : parts.isCertain('month') ? 'month' : 'year';
    return checked({ year, month, day }, precision);
  }
  if (parts.isCertain('month')) {
    const precision: Precision = parts.isCertain('day') ? 'day' : 'month';
    if (rangeStart) {
      const sameYear = { year: rangeStart.day.year, month, day };
      return checked(daysBetween(rangeStart.day, sameYear) < 0 ? { ...sameYear, year: sameYear.year + 1 } : sameYear, precision);
    }
    if (!reference) return null;
    return checked(yearFor(month, precision === 'day' ? day : 0, reference, direction()), precision);
  }
  if (parts.isCertain('weekday')) {
    if (rangeStart) return { day: addDays(rangeStart.day, ((parts.get('weekday') ?? 0) - weekdayOf(rangeStart.day) + 7) % 7), precision: 'day' };
    if (!reference) return null;
    return { day: weekdayNear(parts.get('weekday') ?? 0, reference, direction()), precision: 'day' };
  }
  return null;
}

/**
 * The occurrence of a month (and day, when `day` > 0) with no year: backward, the latest one not after the
 * reference; forward, the first one not before it; with no tense cue, the nearest, as chrono itself does.
 */
function yearFor(month: number, day: number, reference: CalendarDay, direction: Direction | null): CalendarDay {
  const options = [reference.year - 1, reference.year, reference.year + 1].map((year) => ({ year, month, day: day || 1 }));
  const distance = (option: CalendarDay): number =>
    day ? daysBetween(reference, option) : (option.year - reference.year) * 12 + (option.month - reference.month);
  if (direction === 'backward') return options.filter((option) => distance(option) <= 0).at(-1) ?? (options[1] as CalendarDay);
  if (direction === 'forward') return options.find((option) => distance(option) >= 0) ?? (options[1] as CalendarDay);
  return options.reduce((best, option) => (Math.abs(distance(option)) < Math.abs(distance(best)) ? option : best), options[1] as CalendarDay);
}

/**
 * The weekday within a week of the reference day: the article's own day when it is that weekday ("on Wednesday"
 * in a Wednesday story), else the last one before it, or the next one after it when the sentence looks ahead.
 * News reports mostly look back, so no cue means backward.
 */
function weekdayNear(weekday: number, reference: CalendarDay, direction: Direction | null): CalendarDay {
  const today = weekdayOf(reference);
  if (direction === 'forward') return addDays(reference, (weekday - today + 7) % 7);
  return addDays(reference, -((today - weekday + 7) % 7));
}

function relativeValue(core: string, within: boolean, result: ParsedResult, reference: CalendarDay, direction: () => Direction | null): string | null {
  const parts = result.start;
  const day = { year: parts.get('year') ?? reference.year, month: parts.get('month') ?? 1, day: parts.get('day') ?? 1 };
  if (!isValidDay(day)) return null;
  const lower = core.toLowerCase();
  const past = PAST_SPAN.exec(lower)?.[1];
  if (past) return spanBetween(past, day, reference);
  // "the next four years", "within two weeks": from the article's day to the end of the stretch.
  const next = NEXT_SPAN.exec(lower)?.[1] ?? (within ? /\b(year|month|week|day)s?$/.exec(lower)?.[1] : undefined);
  if (next) return spanBetween(next.endsWith('s') ? next : `${next}s`, reference, day);
  const ofWeek = WEEKDAY_OF_WEEK.exec(lower);
  if (ofWeek) {
    const shift = ofWeek[2] === 'last' ? -7 : ofWeek[2] === 'next' ? 7 : 0;
    const monday = addDays(reference, shift - ((weekdayOf(reference) + 6) % 7));
    return isoDay(addDays(monday, (WEEKDAY_STEMS.indexOf(ofWeek[1] ?? '') + 6) % 7));
  }
  if (/\bweekend\b/.test(lower)) return weekend(lower, reference, direction);
  if (/\b(?:years?)\b/.test(lower)) return isoYear(day.year);
  if (/\b(?:months?)\b/.test(lower)) return isoMonth(day.year, day.month);
  if (/\bthis\s+week\b/.test(lower)) return weekInterval(reference);
  if (/\b(?:weeks?|fortnight)\b/.test(lower)) return weekInterval(day);
  return withTime(isoDay(day), parts);
}

/** "the past 10 years" → "2014/2024", "the next two weeks" → two days: from one day to the other at the unit's precision. */
function spanBetween(unit: string, from: CalendarDay, to: CalendarDay): string {
  if (unit === 'years') return `${isoYear(from.year)}/${isoYear(to.year)}`;
  if (unit === 'months') return `${isoMonth(from.year, from.month)}/${isoMonth(to.year, to.month)}`;
  return `${isoDay(from)}/${isoDay(to)}`;
}

/** Saturday and Sunday as an interval: "last weekend" the one before, "next weekend" the one after, else by tense. */
function weekend(lower: string, reference: CalendarDay, direction: () => Direction | null): string {
  const today = weekdayOf(reference);
  const ahead = /\b(?:next|coming)\b/.test(lower) || (!/\b(?:last|past)\b/.test(lower) && direction() === 'forward');
  // Saturday of the weekend the reference day is in or that last ended; one week on when looking ahead.
  let saturday = addDays(reference, -((today + 1) % 7));
  if (ahead && today !== 6 && today !== 0) saturday = addDays(saturday, 7);
  return `${isoDay(saturday)}/${isoDay(addDays(saturday, 1))}`;
}

function checked(day: CalendarDay, precision: Precision): Resolved | null {
  return isValidDay(day) && day.year >= 1 && day.year <= 9999 ? { day, precision } : null;
}

function format({ day, precision }: Resolved, parts: ParsedComponents): string | null {
  if (precision === 'year') return isoYear(day.year);
  if (precision === 'month') return isoMonth(day.year, day.month);
  return withTime(isoDay(day), parts);
}

/** Adds the time of day when the text states it ("3 pm on Monday" → "2024-02-26T15:00"). */
function withTime(day: string, parts: ParsedComponents): string {
  if (!parts.isCertain('hour')) return day;
  return `${day}T${pad(parts.get('hour') ?? 0)}:${pad(parts.get('minute') ?? 0)}`;
}
