// What each line near the top of a copy is (date, byline, caption, reading time, headline, prose), computed once.
import { countWords } from '../../text/normalize';
import { parseBylineLine, type BylineLine } from './byline';
import { parseCaptionLine, type CaptionLine } from './caption';
import { parseDateLine, type DateLine } from './date-line';
import { isChromeLine, isHeadlineLike, isParagraphLike, isUpperCaseLabel, readingMinutes } from './lines';

export interface HeaderLine {
  text: string;
  words: number;
  chrome: boolean;
  minutes: number | null;
  date: DateLine | null;
  caption: CaptionLine | null;
  /** "By", "Von", "Author of the article:" alone on a line: the next line is the byline. */
  bylineLabel: boolean;
  /** The line read as a byline ("By …" or names alone), or null. */
  byline: BylineLine | null;
  explicitByline: boolean;
  /** Parts of a line like "Jane Doe · CBC News · Posted: Aug 8, 2024" that are dates or bylines. */
  segments: { date: DateLine | null; byline: BylineLine | null }[];
  headline: boolean;
  /** Running prose: a sentence of some length, the stuff of deks and paragraphs. */
  prose: boolean;
  label: boolean;
}

const BYLINE_LABEL = /^(?:by|von|par|por|door|di|av|af|author|authors|autor|autorin|autoren|auteur|text|written by|author of the article|reporting by|words by)\s*:?$/i;
const EXPLICIT_BY = /^(?:by|von|par|por|door)\s*[:\-–]?\s+\S/i;
/** Separators between the parts of a composite byline line (innerText puts 2+ spaces between inline blocks). */
const SEGMENT_SEPARATOR = /\s{2,}|\s[·|•]\s|\s[·|•]|[·|•]\s/;

export function describeLine(raw: string, text: string): HeaderLine {
  // A header line is short; a huge line is prose, and counting its words would only cost time.
  const words = text.length > 1000 ? 1000 : countWords(text);
  // "What's next for Gaza?": a question of a headline's length is a headline, not a sentence of prose.
  const question = /\?["'”’»]*$/.test(text) && words <= 20 && !/[.!]\s/.test(text);
  // Lines with no letters or digits (">", "•", "—") are separators between controls.
  const chrome = isChromeLine(text) || isShortWidgetLine(text, words) || !/[\p{L}\p{N}]/u.test(text);
  const date = parseDateLine(text);
  const explicitByline = EXPLICIT_BY.test(text) && parseBylineLine(text) !== null;
  const segmentTexts = raw.trim().split(SEGMENT_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  const segments = segmentTexts.length > 1 && segmentTexts.length <= 6
    ? segmentTexts.map((part) => ({ date: parseDateLine(part), byline: parseBylineLine(part) }))
    : [];
  return {
    text,
    words,
    chrome,
    minutes: readingMinutes(text),
    date,
    caption: parseCaptionLine(text),
    bylineLabel: BYLINE_LABEL.test(text),
    byline: date || chrome ? null : parseBylineLine(segmentTexts.length > 1 ? segmentTexts.join(' | ') : text),
    explicitByline,
    segments,
    headline: !chrome && words >= 2 && isHeadlineLike(text) && (!isParagraphLike(text) || question),
    prose: !chrome && words >= 6 && ((isParagraphLike(text) && !question) || words >= 14),
    label: !chrome && words >= 1 && words <= 4 && text.length <= 40 && !/[.!?:;]$/.test(text) && (isUpperCaseLabel(text) || words <= 3),
  };
}

// Share bars, audio players, print buttons and comment counts in any language: short lines with these words.
const WIDGET_WORD =
  /\b(?:share|sharing|teilen|partager|compartir|condividi|delen|copy link|link kopiert|copied|print|drucken|imprimer|email|e-mail|comments?|kommentare?|commentaires?|listen|anhören|vorlesen|écouter|escuchar|audio|subscribe|abonnieren|newsletter|advertisement|anzeige|breadcrumb|autoplay|follow|folgen)\b/i;

function isShortWidgetLine(text: string, words: number): boolean {
  return words <= 5 && WIDGET_WORD.test(text);
}
