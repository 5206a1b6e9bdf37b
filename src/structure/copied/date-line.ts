// Recognises a dateline in copied text ("February 28, 2024", "Updated 3:45 PM EST, Tue March 5, 2024") with chrono-node.
import * as chrono from 'chrono-node';
import type { ParsedResult } from 'chrono-node';

export interface DateLine {
  /** ISO 8601: the day, or day, time and offset when the line states all three. */
  iso: string;
  /** Whether the line speaks of an update rather than the first publication. */
  updated: boolean;
  /** Where the date starts in the line, so a byline before it ("By X | Feb 28, 2024") can be read too. */
  index: number;
}

// Strict parsers only (no "today", "Friday"): a copied page has no reference date to resolve them against.
const PARSERS = [chrono.en.strict, chrono.de.strict, chrono.fr.strict, chrono.es.strict, chrono.pt.strict, chrono.it.strict, chrono.nl.strict];

// Words that may stand around a date on a dateline without making it a sentence (Unicode-aware edges: \b is
// ASCII-only and would not end "publié").
const DATELINE_WORDS =
  /(?<![\p{L}\p{N}])(?:published|updated|last updated|modified|posted|first published|created|on|at|um|uhr|le|à|el|de|a las|am|pm|a\.m\.|p\.m\.|gmt|utc|et|est|edt|pt|pst|pdt|cet|cest|bst|trt|ist|mon|tue|wed|thu|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|aktualisiert|veröffentlicht|mis à jour|publié|modifié|actualizado|publicado|zuerst|publiziert)(?![\p{L}\p{N}])\.?/giu;

// A 12-hour clock or a US time zone after a number, or an English dateline word ("am" alone is German).
const AMERICAN_CUE = /\d\s*(?:a\.?m\b\.?|p\.?m\b\.?|e[sd]?t\b|p[sd]?t\b|c[sd]?t\b)|\b(?:published|updated|posted)\b/i;

/** "APR 28 20232:23 PM" (a date and a time in adjacent elements, copied without a space) → "APR 28 2023 2:23 PM". */
function unglue(line: string): string {
  return line.replace(/\b((?:19|20)\d{2})(\d{1,2}:\d{2})\b/g, '$1 $2');
}

const UPDATE_WORD = /\b(?:updated|last updated|modified|aktualisiert|mis à jour|actualizado|atualizado|aggiornato|bijgewerkt)\b/i;

/** The date a short line states, or null when the line is not a dateline (or names no full date). */
export function parseDateLine(line: string): DateLine | null {
  // Every full date has a four-digit year: lines without one are skipped before the (slow) parsers run.
  if (line.length > 120 || !/\d{4}/.test(line)) return null;
  const text = unglue(line);
  // "08.09.2023" is day-first wherever dots are used, and "06/01/2026" everywhere but in the US: read numeric
  // dates day-first unless the line reads American ("Posted 04/28/2024 10:05 AM EDT").
  const dayFirst = /\b\d{1,2}\.\d{1,2}\.\d{2,4}\b/.test(text) ||
    (/\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/.test(text) && !AMERICAN_CUE.test(text));
  const parsers = dayFirst ? [chrono.de.strict, ...PARSERS] : PARSERS;
  for (const parser of parsers) {
    const results = parser.parse(text, new Date(0));
    const dated = results.find(isFullDate);
    if (!dated) continue;
    // The line must be the date, perhaps with times and dateline words around it, and at most a short prefix
    // before it (a byline: the caller splits it off). Anything after the date makes it a sentence.
    const after = results
      .reduce((rest, result) => rest.replace(result.text, ' '), text.slice(dated.index + dated.text.length));
    const before = text.slice(0, dated.index);
    if (wordsLeft(after) > 0 || wordsLeft(before) > 6) continue;
    return { iso: isoOf(dated), updated: UPDATE_WORD.test(text.slice(0, dated.index + dated.text.length)), index: dated.index };
  }
  return null;
}

/** A calendar date with a stated year: "2 hours ago" or "March 5" cannot be placed without a reference. */
function isFullDate(result: ParsedResult): boolean {
  const start = result.start;
  return start.isCertain('year') && start.isCertain('month') && start.isCertain('day') && /\d{4}/.test(result.text) &&
    !/\bago\b/i.test(result.text);
}

function wordsLeft(text: string): number {
  const rest = text
    .replace(/\b\d{1,3}[\s-]*min(?:ute)?s?\.?\s+read\b/gi, ' ')
    .replace(DATELINE_WORDS, ' ')
    .replace(/[\s,|·•:\-–—/()]+/g, ' ')
    .trim();
  return rest === '' ? 0 : rest.split(' ').length;
}

function isoOf(result: ParsedResult): string {
  const start = result.start;
  const day = `${start.get('year')}-${pad(start.get('month'))}-${pad(start.get('day'))}`;
  const offset = start.get('timezoneOffset');
  if (!start.isCertain('hour') || !start.isCertain('timezoneOffset') || offset === null) return day;
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${day}T${pad(start.get('hour'))}:${pad(start.get('minute'))}:00${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`;
}

function pad(value: number | null): string {
  return String(value ?? 0).padStart(2, '0');
}
