// Finds the publication date in the DOM: microdata, <time datetime>, date-classed elements, date lines under the headline.
import { classNameOf } from '../class-name';
import { cleanText } from '../../text/normalize';
import { elsewhereLevel, shortTextsAfter } from './dom-near';
import { parseDate, parseMachineDate } from './dates';
import { isDateCandidate } from './page-scan';

const MAX_DATE_TEXT = 120;
const MODIFIED = /modif|updat|edited|aktualisiert|geändert|mis à jour|actualiz|aggiorn/i;
const PUBLISHED = /publish|posted|created|pubdate|veröffentlicht|publié|publicado|pubblicato/i;

export interface DomDate {
  published: string | null;
  /** True when the date comes from explicit markup in the article (microdata, "published" classes, <time>). */
  confident: boolean;
  modified: string | null;
}

/** The publication date written in the page's DOM, preferring explicit markup near the headline. */
export function dateFromDom(domCandidates: Element[], headline: Element | null, language: string | null): DomDate {
  const candidates = domCandidates.filter((element) => element === headline || isDateCandidate(element));
  const headlineIndex = headline ? candidates.indexOf(headline) : -1;
  // Rank from markup alone first, so that dates are parsed (slow for free text) only until the best is certain.
  const planned = candidates
    .map((element, index) => ({ element, ...plannedRank(element, index, headlineIndex) }))
    .filter((entry) => entry.element.localName !== 'h1')
    .sort(compareRank);
  let modified: string | null = null;
  let best: { date: string; rank: number; order: number } | null = null;
  for (const entry of planned) {
    if (best && compareRank(entry, best) >= 0) break;
    const found = readDate(entry.element, language);
    if (!found) continue;
    const marker = markerOf(entry.element);
    if (MODIFIED.test(marker) && !PUBLISHED.test(marker)) {
      modified ??= found.date;
      continue;
    }
    // A machine-readable attribute that did not parse leaves a date in text, which ranks lower.
    const rank = found.machine ? entry.rank : Math.max(entry.rank, 4 + (entry.rank >= 3 ? 3 : 0));
    const actual = { date: found.date, rank, order: entry.order };
    if (!best || compareRank(actual, best) < 0) best = actual;
  }
  if (best) return { published: best.date, confident: best.rank <= 2, modified };
  return { published: headline ? dateLineUnder(headline, language) : null, confident: false, modified };
}

// Microdata and explicitly "published" markup first, then machine dates, then dates in text; dates inside
// teasers, sidebars or comments only as a fallback; near the headline beats far, after it beats before it.
function plannedRank(element: Element, index: number, headlineIndex: number): { rank: number; order: number } {
  const attributes = `${classNameOf(element)} ${element.getAttribute('id') ?? ''}`;
  const machine = element.hasAttribute('datetime') || element.hasAttribute('content') || element.hasAttribute('data-published');
  let rank = machine ? 2 : 4;
  if (/datePublished|dateCreated/.test(element.getAttribute('itemprop') ?? '')) rank = 0;
  else if (PUBLISHED.test(attributes) || element.hasAttribute('pubdate')) rank = 1;
  if (elsewhereLevel(element) > 0) rank += 3;
  const order = headlineIndex < 0 ? index : index > headlineIndex ? index - headlineIndex : (headlineIndex - index) * 2;
  return { rank, order };
}

function compareRank(a: { rank: number; order: number }, b: { rank: number; order: number }): number {
  return a.rank - b.rank || a.order - b.order;
}

function markerOf(element: Element): string {
  const own = `${classNameOf(element)} ${element.getAttribute('id') ?? ''} ${element.getAttribute('itemprop') ?? ''}`;
  const parent = element.parentElement;
  const text = cleanText(element.textContent).slice(0, 40);
  return `${own} ${parent ? classNameOf(parent) : ''} ${text}`;
}

function readDate(element: Element, language: string | null): { date: string; machine: boolean } | null {
  const machineValue = element.getAttribute('datetime') ?? element.getAttribute('content') ?? element.getAttribute('data-published') ??
    (element.localName === 'abbr' ? element.getAttribute('title') : null);
  if (machineValue) {
    const date = parseMachineDate(machineValue, language);
    if (date) return { date, machine: true };
  }
  const text = cleanText(element.textContent);
  if (text.length === 0 || text.length > MAX_DATE_TEXT || !/\d/.test(text)) return null;
  const date = parseDate(text, language);
  return date ? { date, machine: false } : null;
}

// "Published 28 February 2024" as a plain line under the headline, with no telling markup.
function dateLineUnder(headline: Element, language: string | null): string | null {
  for (const { text } of shortTextsAfter(headline, 10, MAX_DATE_TEXT)) {
    if (!/\d/.test(text)) continue;
    const date = parseDate(text, language);
    if (date) return date;
  }
  return null;
}
