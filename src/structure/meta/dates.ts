// Parses dates as the page writes them into ISO 8601, keeping the page's own offset (never shifting zones).
import * as chrono from 'chrono-node';

const MIN_YEAR = 1995;
const MAX_YEAR = 2100;
const MAX_FREE_TEXT = 160;

const ISO = /(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?/i;
const SLASHED_YMD = /\b(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
// Digits may follow a letter directly: bylines and dates run together in text ("Tanja Karrasch3.11.2023").
const NUMERIC_DMY = /(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.])(?:,?\s*(?:um\s+|à\s+|at\s+)?(\d{1,2})[:.h](\d{2}))?/;
const EPOCH = /^\d{10}(?:\d{3})?$/;

/** A calendar date with an optional time of day and offset, as written. */
interface DateParts {
  year: number;
  month: number;
  day: number;
  time?: { hour: number; minute: number; second: number };
  offset?: string;
}

/**
 * Reads one date from text: ISO forms, numeric forms (28.02.2024, 2024/02/28, 02/28/2024 for US English),
 * epoch seconds, then free text in the page's language with chrono ("28. Februar 2024", "Feb 28, 2024").
 * Relative dates ("2 hours ago") and implausible years are rejected. Null when no date is found.
 */
export function parseDate(text: string | null | undefined, language: string | null = null): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (trimmed === '' || trimmed.length > 400) return null;
  return format(structuredDate(trimmed, language) ?? freeTextDate(trimmed, language));
}

/** Like parseDate but for strings that should hold nothing except a machine-readable date (meta content, datetime). */
export function parseMachineDate(text: string | null | undefined, language: string | null = null): string | null {
  if (!text) return null;
  const trimmed = text.trim();
  if (EPOCH.test(trimmed)) return fromEpoch(Number(trimmed));
  return parseDate(trimmed, language);
}

function structuredDate(text: string, language: string | null): DateParts | null {
  const iso = ISO.exec(text);
  if (iso) {
    const parts: DateParts = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (iso[4] !== undefined) parts.time = { hour: Number(iso[4]), minute: Number(iso[5]), second: Number(iso[6] ?? 0) };
    if (iso[7] && parts.time) parts.offset = normalizeOffset(iso[7]);
    return valid(parts);
  }
  const slashed = SLASHED_YMD.exec(text);
  if (slashed) return valid({ year: Number(slashed[1]), month: Number(slashed[2]), day: Number(slashed[3]) });
  const numeric = NUMERIC_DMY.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const year = expandYear(numeric[4] ?? '');
    // Only US English writes month first; a number above 12 settles it either way.
    const monthFirst = second > 12 || (first <= 12 && numeric[2] === '/' && /^en-us$|^en$/i.test(language ?? ''));
    const parts: DateParts = monthFirst ? { year, month: first, day: second } : { year, month: second, day: first };
    if (numeric[5] !== undefined) parts.time = { hour: Number(numeric[5]), minute: Number(numeric[6]), second: 0 };
    return valid(parts);
  }
  return null;
}

function freeTextDate(text: string, language: string | null): DateParts | null {
  // "Sadiq S BhatFebruary 28, 2024": text of adjacent elements runs together; split words at case changes.
  const sample = (text.length > MAX_FREE_TEXT ? text.slice(0, MAX_FREE_TEXT) : text).replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2');
  // Only results with a written year are kept below, so text without one is not worth chrono's time.
  if (!WRITTEN_YEAR.test(sample)) return null;
  for (const parser of parsersFor(language, sample)) {
    let results: chrono.ParsedResult[];
    try {
      results = parser.parse(sample);
    } catch {
      continue;
    }
    for (const result of results) {
      // Without a written year, chrono would guess it from today's date: not evidence.
      if (!WRITTEN_YEAR.test(result.text) || !result.start.isCertain('day') || !result.start.isCertain('month')) continue;
      const parts: DateParts = { year: result.start.get('year') ?? 0, month: result.start.get('month') ?? 0, day: result.start.get('day') ?? 0 };
      if (result.start.isCertain('hour')) {
        parts.time = { hour: result.start.get('hour') ?? 0, minute: result.start.get('minute') ?? 0, second: result.start.get('second') ?? 0 };
        const offsetMinutes = result.start.isCertain('timezoneOffset') ? result.start.get('timezoneOffset') : null;
        if (offsetMinutes !== null && offsetMinutes !== undefined) parts.offset = offsetFromMinutes(offsetMinutes);
      }
      const checked = valid(parts);
      if (checked) return checked;
    }
  }
  return null;
}

const WRITTEN_YEAR = /\d{4}|'\d{2}\b/;

type Parser = { parse(text: string): chrono.ParsedResult[] };
// Strict parsers: only written calendar dates, which is all that is kept below ("today", "last Friday" are
// not evidence); same answers as the casual ones on the corpus's date texts, in half the time.
const LOCALE_PARSERS: Record<string, Parser> = {
  de: chrono.de.strict, fr: chrono.fr.strict, es: chrono.es.strict, pt: chrono.pt.strict, nl: chrono.nl.strict,
  ja: chrono.ja.strict, zh: chrono.zh.strict, ru: chrono.ru.strict, it: chrono.it.strict, sv: chrono.sv.strict,
  uk: chrono.uk.strict, fi: chrono.fi.strict, vi: chrono.vi.strict,
} as unknown as Record<string, Parser>;
const ENGLISH: Parser = chrono.en.strict;
// Day before month ("28/02/2024"), as British, Australian, Indian… English writes it.
const ENGLISH_DAY_FIRST: Parser = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));

// Pages often declare the wrong language (templates say "en"): a month name of another common language
// in the text selects that language's parser as a fallback.
const MONTH_NAMES: [string, RegExp][] = [
  ['de', /(?:januar|februar|märz|maerz|mai|juni|juli|oktober|dezember)/i],
  ['fr', /(?:janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre)/i],
  ['es', /(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)/i],
  ['it', /(?:gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)/i],
  ['pt', /(?:janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|dezembro)/i],
  ['nl', /(?:januari|februari|maart|mei|augustus)/i],
];

// Month names and their abbreviations by their first letters, for languages written in the Latin alphabet:
// a loose test of whether the page language's parser can find anything. MONTH_NAMES above is the strict
// one (whole names that other languages do not share), since it adds parsers a page did not declare.
const LOCAL_MONTHS: Record<string, RegExp> = {
  de: /(?:jan|feb|mär|maer|apr|mai|jun|jul|aug|sep|okt|nov|dez)/i,
  fr: /(?:janv|févr|fevr|mars|avr|mai|juin|juil|août|aout|sept|oct|nov|déc|dec)/i,
  es: /(?:ene|feb|mar|abr|may|jun|jul|ago|sep|set|oct|nov|dic)/i,
  it: /(?:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)/i,
  nl: /(?:jan|feb|maa|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec)/i,
  pt: /(?:jan|fev|mar|abr|mai|jun|jul|ago|set|out|nov|dez)/i,
};
const ENGLISH_MONTH = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

function parsersFor(language: string | null, text: string): Parser[] {
  const base = (language ?? '').slice(0, 2).toLowerCase();
  const local = LOCALE_PARSERS[base];
  const english = /-(?:gb|au|nz|ie|in|za)$/i.test(language ?? '') ? ENGLISH_DAY_FIRST : ENGLISH;
  // The page language's parser, unless its month names are clearly absent (numeric dates are already read).
  const parsers = local && (LOCAL_MONTHS[base]?.test(text) ?? true) ? [local] : [];
  // Numeric dates were read before chrono is asked, so English can only add a date that names its month.
  // Asking it anyway costs most on the first pages, while V8 compiles chrono's large patterns.
  if (ENGLISH_MONTH.test(text)) parsers.push(english);
  for (const [code, months] of MONTH_NAMES) {
    const parser = LOCALE_PARSERS[code];
    if (parser && !parsers.includes(parser) && months.test(text)) parsers.push(parser);
  }
  return parsers;
}

function expandYear(text: string): number {
  const value = Number(text);
  return text.length === 2 ? (value > 50 ? 1900 + value : 2000 + value) : value;
}

function fromEpoch(value: number): string | null {
  const date = new Date(value > 1e11 ? value : value * 1000);
  if (Number.isNaN(date.getTime())) return null;
  return format(valid({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    time: { hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds() }, offset: 'Z' }));
}

function normalizeOffset(offset: string): string {
  if (/^z$/i.test(offset)) return 'Z';
  const digits = offset.replace(':', '');
  const hours = digits.slice(0, 3);
  const minutes = digits.slice(3, 5) || '00';
  return `${hours}:${minutes}`;
}

function offsetFromMinutes(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

function valid(parts: DateParts): DateParts | null {
  const { year, month, day, time } = parts;
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  if (time && (time.hour > 23 || time.minute > 59 || time.second > 59)) delete parts.time;
  return parts;
}

function format(parts: DateParts | null): string | null {
  if (!parts) return null;
  const day = `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (!parts.time) return day;
  const { hour, minute, second } = parts.time;
  return `${day}T${pad(hour)}:${pad(minute)}:${pad(second)}${parts.offset ?? ''}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** The calendar day of an ISO string as written ("2024-02-28T23:30:00-05:00" → "2024-02-28"). */
export function dayOf(iso: string | null): string | null {
  return iso ? iso.slice(0, 10) : null;
}
