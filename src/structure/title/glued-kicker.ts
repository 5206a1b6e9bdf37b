// The headline's own words when the h1 also holds a kicker line ("<h1><span class="dachzeile">Kicker</span>Headline</h1>").
import { cleanText } from '../../text/normalize';
import { nameParts } from '../body/vocabulary';
import { readableText } from './readable-text';

/** Class words that mark the line above a headline (the kicker, roofline, overline or topic label). */
const KICKER_CLASS = / (kicker|eyebrow|overline|topline|top ?title|roofline|dachzeile|spitzmarke|supertitle|super ?title|pretitle|pre ?title|topic|label|flag|rubric|rubrik|category) /;
const KICKER_TAGS = new Set(['span', 'div', 'small', 'p', 'strong']);
const MAX_KICKER_WORDS = 8;
// A kicker that ends in a separator reads as part of the title ("Kicker: Headline"): editors then title the story with it.
const ENDS_IN_SEPARATOR = /[:|–—\-/•·]\s*$/;
// A line that goes on in lower case continues a sentence: the first element only styles the opening words.
const CONTINUES_SENTENCE = /^\p{Ll}/u;

/**
 * The headline text without a kicker glued in front of it inside the same element, or null when there is none.
 * The kicker counts only when it is the first thing in the element, set apart by its class or a line break, and
 * runs straight into the headline with no separator of its own: a hidden ": " between the two makes them one
 * title ("Kicker: Headline") that sites declare that way, so the text is then left whole.
 */
export function headlineWithoutKicker(headline: Element): string | null {
  const nodes = Array.from(headline.childNodes).filter((node) => cleanText(readableText(node)) !== '' || isLineBreak(node));
  const first = nodes[0];
  if (!first || first.nodeType !== 1) return null;
  const kicker = first as Element;
  if (!KICKER_TAGS.has(kicker.localName)) return null;
  const kickerText = cleanText(readableText(kicker));
  if (kickerText.split(' ').length > MAX_KICKER_WORDS || ENDS_IN_SEPARATOR.test(kickerText)) return null;
  const next = nodes[1];
  if (!next) return null;
  const markedByBreak = isLineBreak(next);
  if (!markedByBreak && !KICKER_CLASS.test(nameParts(kicker))) return null;
  const rest = nodes.slice(markedByBreak ? 2 : 1);
  const restText = cleanText(rest.map(readableText).join(''));
  if (restText === '' || restText.split(' ').length < 2 || CONTINUES_SENTENCE.test(restText)) return null;
  // "Kicker<span hidden>: </span>Headline": the separator sits between the two; keep them together.
  if (/^[:|–—\-/•·]/.test(restText)) return null;
  return restText;
}

function isLineBreak(node: Node): boolean {
  return node.nodeType === 1 && (node as Element).localName === 'br';
}
