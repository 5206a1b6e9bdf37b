// Last-resort publication date: the first date written in the page's text at or after the headline.
import { parseDate } from './dates';

const MAX_TEXT = 200_000;
const WINDOW_AFTER_HEADLINE = 4_000;
const MAX_FREE_TEXT_TRIES = 12;
// Dates written with digits only; textual dates are found through the year they contain.
const NUMERIC = /\b(?:(?:19|20)\d{2}-[01]?\d-[0-3]?\d|[0-3]?\d\.\s?[01]?\d\.\s?(?:19|20)\d{2}|[0-3]?\d\/[01]?\d\/(?:19|20)\d{2})\b/g;
const YEAR = /\b(?:199\d|20\d{2})\b/g;

/** The first date in the text near the headline, else the first in the page; null when there is none. */
export function dateFromText(doc: Document, headline: Element | null, language: string | null): string | null {
  // Some DOMs throw on document.body when the document has no root element.
  const body = doc.documentElement ? doc.body : null;
  if (!body) return null;
  let text = body.textContent ?? '';
  if (text.length > MAX_TEXT) text = text.slice(0, MAX_TEXT);
  let start = 0;
  const headlineText = (headline?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40);
  if (headlineText.length >= 10) {
    const at = text.replace(/\s+/g, ' ').indexOf(headlineText);
    // Whitespace was collapsed for the search; map back approximately by searching the first word run.
    if (at >= 0) start = Math.max(0, text.indexOf(headlineText.split(' ')[0] ?? '', Math.max(0, at - 2_000)));
  }
  const budget = { tries: MAX_FREE_TEXT_TRIES };
  return firstDate(text.slice(start, start + WINDOW_AFTER_HEADLINE), language, budget) ?? (start > 0 ? firstDate(text, language, budget) : null);
}

function firstDate(text: string, language: string | null, budget: { tries: number }): string | null {
  let best: { index: number; date: string } | null = null;
  NUMERIC.lastIndex = 0;
  for (let match = NUMERIC.exec(text); match; match = NUMERIC.exec(text)) {
    const date = parseDate(match[0], language);
    if (date) {
      best = { index: match.index, date };
      break;
    }
  }
  YEAR.lastIndex = 0;
  for (let match = YEAR.exec(text); match && budget.tries > 0; match = YEAR.exec(text)) {
    if (best && match.index > best.index) break;
    const window = text.slice(Math.max(0, match.index - 30), match.index + 4).replace(/\s+/g, ' ');
    if (!/\p{L}{3}/u.test(window)) continue;
    budget.tries -= 1;
    const date = parseDate(window, language);
    if (date) return date;
  }
  return best?.date ?? null;
}
