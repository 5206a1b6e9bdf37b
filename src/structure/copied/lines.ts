// Line-level judgements for copied text: what looks like a headline, a paragraph, a marker or page chrome.
import { cleanText, countWords } from '../../text/normalize';

/** Splits copied text into cleaned lines; blank lines are kept as '' because they separate regions. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/).map((line) => cleanText(line));
}

/** Sentence-final punctuation, allowing closing quotes or brackets after it. */
const SENTENCE_END = /[.!?…:;。！？]["'”’»)\]」』]*$/;

/** A line that reads as running prose: it ends like a sentence or is too long for a headline. */
export function isParagraphLike(line: string): boolean {
  // Long lines are prose whatever their ending (and counting the words of a huge line is costly).
  return line.length > 400 || SENTENCE_END.test(line) || countWords(line) > 30;
}

/** A line that could be a headline: a few words, not a sentence, not a date or a number. */
export function isHeadlineLike(line: string): boolean {
  if (line.length > 400) return false;
  const words = countWords(line);
  if (words < 2 || words > 30) return false;
  if (/^[\d\s.,:/-]+$/.test(line)) return false;
  // Headlines may be questions or end on a quote; they rarely end on a full stop.
  return !/[.!;:]["'”’»)\]]*$/.test(line) || /\?["'”’»]*$/.test(line);
}

/** A short label set in capitals ("WORLD", "MIDDLE EAST", "US ELECTIONS 2024"). */
export function isUpperCaseLabel(line: string): boolean {
  if (line.length > 40) return false;
  const letters = line.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && countWords(line) <= 4 && letters === letters.toUpperCase() &&
    letters !== letters.toLowerCase();
}

/** "2 MIN READ", "3 min read", "Reading time: 4 minutes", "5-minute read" → minutes, else null. */
export function readingMinutes(line: string): number | null {
  const match =
    /^(?:reading time\s*[:\-–]?\s*)?(\d{1,3})[\s-]*(?:min(?:ute)?s?\.?)(?:\s+(?:read|reading|of reading|read time))?$/i.exec(line) ??
    /^(?:read(?:ing)? time|lesezeit|lectura|temps de lecture)\s*[:\-–]?\s*(\d{1,3})\s*(?:min(?:ute)?s?\.?|minuten)$/i.exec(line);
  if (!match?.[1]) return null;
  // A bare "5 minutes" line is only a reading time when it says so.
  if (!/read|lese|lectur|lecture/i.test(line)) return null;
  const minutes = Number(match[1]);
  return minutes > 0 && minutes < 600 ? minutes : null;
}

// Page furniture that survives a copy: share buttons, ad labels, audio players, copyright lines.
const CHROME_LINE =
  /^(?:advertisement|advertising|anzeige|publicité|sponsored|share|share this(?: article| story)?|share on \w+|copy link|link copied|save|save article|print|email|comments?|\d+ comments?|listen(?: to this article)?(?: \d+ min)?|play|pause|follow(?: us)?|subscribe|sign up|getty images|skip advert|continue reading|show more|load more|back to top|facebook|twitter|x|whatsapp|linkedin|telegram|reddit)$/i;

/** A line that belongs to the page's controls rather than the story. */
// "3 hours ago", "vor 3 Stunden", "il y a 2 heures": a relative timestamp cannot be dated and is no headline.
const RELATIVE_TIME = /^(?:(?:updated|aktualisiert)\s*:?\s*)?(?:vor|il y a|hace|há)?\s*\d+\s*(?:min(?:ute)?s?|minuten?|h|hrs?|hours?|stunden?|heures?|horas?|days?|tagen?|jours?|días?)\.?(?:\s+ago)?$/i;

export function isChromeLine(line: string): boolean {
  return CHROME_LINE.test(line) || RELATIVE_TIME.test(line) || /^(?:©|\(c\)|copyright\b)/i.test(line) ||
    /(?:all rights reserved|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati)\.?$/i.test(line);
}

/**
 * A line that introduces other stories: "RECOMMENDED" inside the body, "Explore" or "Related stories" at the
 * end. The headlines that follow it are related items, not story text.
 */
const RELATED_MARKER =
  /^(?:recommended|recommended for you|related|related (?:stories|articles|news|content|coverage|story|article)|also read|read also|see also|must read|don't miss|editor's picks?|explore|explore more|more stories|more from [\p{L} ]{2,30}|read more|read next|you may also like|you might also like|most read|most popular|trending(?: now)?|latest(?: news| stories)?|top stories|more on this story|what to read next)\s*:?$/iu;

export function isRelatedMarker(line: string): boolean {
  return RELATED_MARKER.test(line);
}

/** "Read more: Headline" / "ALSO READ | Headline" → the headline; else null. */
export function inlineRelatedTitle(line: string): string | null {
  const match = /^(?:read more|also read|read also|related|recommended|see also|must read|watch)\s*[:|–—-]\s*(.+)$/i.exec(line);
  return match?.[1] && isHeadlineLike(match[1]) ? match[1].trim() : null;
}
