// Finds the byline in the DOM: microdata authors, rel=author links, byline/author elements, "By …" lines.
import { classNameOf } from '../class-name';
import { cleanText } from '../../text/normalize';
import { agencyAsPrinted } from '../agencies';
import { addCredit, cleanAuthors, type CleanedByline } from './authors';
import { spacedText } from './byline/spaced-text';
import { bylinePlace } from './byline/story-footer';
import { shortTextsAfter } from './dom-near';
import { isBylineCandidate, isPersonItem } from './page-scan';

const MAX_BYLINE_TEXT = 250;
// How many short lines under the headline may be a bare agency credit.
const MAX_CREDIT_LINE_INDEX = 3;
// A Person item whose parent holds more text than a byline line is a name in a sentence.
const MAX_MENTION_CONTEXT = 160;
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
  // Authors named in figures are the photographers ("itemprop=author" on a figcaption).
  const candidates = domCandidates.filter((element) => element === headline || (isBylineCandidate(element) && !element.closest('figure, figcaption') && !isMention(element)));
  const headlineIndex = headline ? candidates.indexOf(headline) : -1;
  // Microdata first: in the main content, else in teaser-like containers (never in comments).
  const microdata = candidates.filter((el) => isAuthorProp(el) || isPersonItem(el));
  for (const tier of [0, 1, 2]) {
    const texts = microdata.filter((el) => bylinePlace(el) === tier).map(microdataName).filter((text) => text !== null);
    // In teasers only the first one counts: the rest are likely other stories' bylines.
    const names = namesFrom(tier < 2 ? texts : texts.slice(0, 1), publisherNames, wire, true);
    if (names.length > 0) return { authors: names, wire, origin: 'microdata' };
  }
  // Then byline-like elements: those after the headline first, then those before it; teaser-like places last.
  const ordered = headlineIndex >= 0 ? [...candidates.slice(headlineIndex + 1), ...candidates.slice(0, headlineIndex).reverse()] : candidates;
  const usable = ordered.filter((element) => element.localName !== 'h1' && looksLikeByline(element));
  for (const tier of [0, 1, 2]) {
    const names = namesFromElements(usable.filter((element) => bylinePlace(element) === tier), publisherNames, wire);
    if (names.length > 0) return { authors: names, wire, origin: 'dom' };
  }
  // Finally a "By …" line just under the headline, or a credit line that names only an agency ("JIJI").
  if (headline) {
    for (const [index, { text }] of shortTextsAfter(headline, 8).entries()) {
      const agency = index < MAX_CREDIT_LINE_INDEX ? agencyAsPrinted(text) : null;
      if (agency) {
        addCredit(wire, agency);
        continue;
      }
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
  const names: string[] = [];
  for (const element of elements) {
    if (firstParent && element.parentElement !== firstParent) break;
    const text = bylineText(element);
    if (!text) continue;
    const cleaned = cleanAuthors([text], publisherNames, { handles: declaresName(element) });
    for (const agency of cleaned.wire) addCredit(wire, agency);
    if (cleaned.authors.length === 0) continue;
    for (const name of cleaned.authors) if (!names.some((known) => known.toLowerCase() === name.toLowerCase())) names.push(name);
    firstParent ??= element.parentElement;
  }
  return names;
}

function namesFrom(texts: (string | null)[], publisherNames: string[], wire: string[], handles = false): string[] {
  const cleaned = cleanAuthors(texts.filter((text): text is string => text !== null), publisherNames, { handles });
  for (const agency of cleaned.wire) addCredit(wire, agency);
  return cleaned.authors;
}

// rel=author links and hCard names ("fn") hold exactly the author's name, even a user name.
function declaresName(element: Element): boolean {
  return (element.getAttribute('rel') ?? '').includes('author') || /(?:^|\s)fn(?:\s|$)/.test(classNameOf(element));
}

function isAuthorProp(element: Element): boolean {
  return /\b(?:author|creator)\b/i.test(element.getAttribute('itemprop') ?? '');
}

// A Person item inside running text ("… said <span itemscope itemtype=Person>Jane Doe</span> …") is someone
// the story mentions, not its author.
function isMention(element: Element): boolean {
  if (!isPersonItem(element) || isAuthorProp(element)) return false;
  const parent = element.parentElement;
  return parent !== null && !isAuthorProp(parent) && spacedText(parent, MAX_MENTION_CONTEXT) === null;
}

function microdataName(element: Element): string | null {
  const named = element.querySelector('[itemprop~="name"]');
  const content = named?.getAttribute('content') ?? (named ? null : element.getAttribute('content'));
  const cleaned = content !== null && content !== undefined ? cleanText(content) : (spacedText(named ?? element) ?? '');
  return cleaned.length > 0 && cleaned.length <= MAX_BYLINE_TEXT ? cleaned : null;
}

function looksLikeByline(element: Element): boolean {
  const marker = `${classNameOf(element)} ${element.getAttribute('id') ?? ''}`;
  if (element.getAttribute('rel')?.includes('author')) return true;
  if (!/byline/i.test(marker) && NOT_BYLINE_CLASS.test(marker)) return false;
  return !/^(?:meta|link|img|script|style|svg|input|form|textarea|label|button)$/.test(element.localName);
}

function bylineText(element: Element): string | null {
  const text = spacedText(element, MAX_BYLINE_TEXT);
  if (!text) return null;
  return text;
}
