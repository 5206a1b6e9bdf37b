// Finds the byline in the DOM: microdata authors, rel=author links, byline/author elements, "By …" lines.
import { cleanText } from '../../text/normalize';
import { cleanAuthors, type CleanedByline } from './authors';
import { elsewhereLevel, shortTextsAfter } from './dom-near';
import { isBylineCandidate, isPersonItem } from './page-scan';

const MAX_BYLINE_TEXT = 250;
// Author-ish class names that hold something else: avatars, bios, "more by this author" boxes.
const NOT_BYLINE_CLASS = /avatar|image|img|photo|bio|about|description|more|follow|social|share|title-|job|role|position|date|time|count|comment|icon/i;
// "By Jane Doe", "| By Jane Doe | April 13", "Ein Artikel von Jane Doe": a byword near the start of a short line.
const BY_LINE = /^(?:[^\n]{0,25}?[\s|•·])?(?:by|von|par|por|door|af|av|text|texte)[\s:]+(?=\p{Lu})/iu;

export interface DomByline extends CleanedByline {
  /** Where the names were found: "microdata" is more trusted than a class-name guess. */
  origin: 'microdata' | 'dom' | null;
}

/** The byline found in the DOM, preferring microdata, then byline elements after the headline. */
export function bylineFromDom(domCandidates: Element[], headline: Element | null, publisherNames: string[]): DomByline {
  const wire: string[] = [];
  const candidates = domCandidates.filter((element) => element === headline || isBylineCandidate(element));
  const headlineIndex = headline ? candidates.indexOf(headline) : -1;
  // Microdata first: in the main content, else in teaser-like containers (never in comments).
  const microdata = candidates.filter((el) => /\b(?:author|creator)\b/i.test(el.getAttribute('itemprop') ?? '') || isPersonItem(el));
  for (const tier of [0, 1]) {
    const texts = microdata.filter((el) => elsewhereLevel(el) === tier).map(microdataName).filter((text) => text !== null);
    // Outside the main content only the first one counts: the rest are likely other stories' bylines.
    const names = namesFrom(tier === 0 ? texts : texts.slice(0, 1), publisherNames, wire);
    if (names.length > 0) return { authors: names, wire, origin: 'microdata' };
  }
  // Then byline-like elements: those after the headline first, then those before it; teaser-like places last.
  const ordered = headlineIndex >= 0 ? [...candidates.slice(headlineIndex + 1), ...candidates.slice(0, headlineIndex).reverse()] : candidates;
  const usable = ordered.filter((element) => element.localName !== 'h1' && looksLikeByline(element));
  for (const tier of [0, 1]) {
    const names = namesFromElements(usable.filter((element) => elsewhereLevel(element) === tier), publisherNames, wire);
    if (names.length > 0) return { authors: names, wire, origin: 'dom' };
  }
  // Finally a "By …" line just under the headline.
  if (headline) {
    for (const { text } of shortTextsAfter(headline, 8)) {
      const match = BY_LINE.exec(text);
      if (!match) continue;
      const names = namesFrom([text.slice(match[0].length)], publisherNames, wire);
      if (names.length > 0) return { authors: names, wire, origin: 'dom' };
    }
  }
  return { authors: [], wire, origin: wire.length > 0 ? 'dom' : null };
}

// Names from the first byline element that has any, plus its siblings that are byline elements too.
function namesFromElements(elements: Element[], publisherNames: string[], wire: string[]): string[] {
  let firstParent: Element | null = null;
  const texts: string[] = [];
  for (const element of elements) {
    if (firstParent && element.parentElement !== firstParent) break;
    const text = bylineText(element);
    if (!text) continue;
    const names = cleanAuthors([text], publisherNames);
    for (const agency of names.wire) if (!wire.includes(agency)) wire.push(agency);
    if (names.authors.length === 0) continue;
    texts.push(text);
    firstParent ??= element.parentElement;
  }
  return namesFrom(texts, publisherNames, wire);
}

function namesFrom(texts: (string | null)[], publisherNames: string[], wire: string[]): string[] {
  const cleaned = cleanAuthors(texts.filter((text): text is string => text !== null), publisherNames);
  for (const agency of cleaned.wire) if (!wire.includes(agency)) wire.push(agency);
  return cleaned.authors;
}

function microdataName(element: Element): string | null {
  const named = element.querySelector('[itemprop~="name"]');
  const text = named?.getAttribute('content') ?? named?.textContent ?? element.getAttribute('content') ?? element.textContent;
  const cleaned = cleanText(text);
  return cleaned.length > 0 && cleaned.length <= MAX_BYLINE_TEXT ? cleaned : null;
}

function looksLikeByline(element: Element): boolean {
  const marker = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  if (element.getAttribute('rel')?.includes('author')) return true;
  if (!/byline/i.test(marker) && NOT_BYLINE_CLASS.test(marker)) return false;
  return !/^(?:meta|link|img|script|style|svg|input|form|textarea|label|button)$/.test(element.localName);
}

function bylineText(element: Element): string | null {
  const text = cleanText(element.textContent);
  if (text.length === 0 || text.length > MAX_BYLINE_TEXT) return null;
  return text;
}
