// Reads the header of a copied article: kicker, reading time, title, dek, lead caption, byline and dates.
import type { ArticleImage } from '../../analysis';
import { comparisonKey } from '../../text/normalize';
import { parseBylineLine, type BylineLine } from './byline';
import { parseCaptionLine } from './caption';
import { parseDateLine } from './date-line';
import { isChromeLine, isHeadlineLike, isParagraphLike, isUpperCaseLabel, readingMinutes } from './lines';

export interface CopiedHeader {
  section: string | null;
  statedReadingMinutes: number | null;
  title: string | null;
  dek: string | null;
  image: ArticleImage | null;
  authors: string[];
  wire: string[];
  publisher: string | null;
  publishedAt: string | null;
  modifiedAt: string | null;
  /** Index (into the non-empty lines) of the first line after the header. */
  bodyStart: number;
}

/** How far down the header may reach: a copy's header is rarely more than a dozen lines. */
const HEADER_REACH = 14;

/** Reads the header from the top of the copy; `lines` are the non-empty lines. */
export function readHeader(lines: readonly string[]): CopiedHeader {
  const header: CopiedHeader = {
    section: null, statedReadingMinutes: null, title: null, dek: null, image: null,
    authors: [], wire: [], publisher: null, publishedAt: null, modifiedAt: null, bodyStart: 0,
  };
  // The dek is only known to be one when more header follows it; until then it may be the first paragraph.
  let pendingDek: { text: string; index: number } | null = null;
  let lastMarker = -1;
  const mark = (index: number) => {
    lastMarker = index;
    if (pendingDek) header.dek = pendingDek.text;
  };

  for (let index = 0; index < Math.min(lines.length, HEADER_REACH); index += 1) {
    const line = lines[index]!;
    const next = lines[index + 1] ?? '';
    if (isChromeLine(line)) continue;

    const minutes = readingMinutes(line);
    if (minutes !== null && header.statedReadingMinutes === null) {
      header.statedReadingMinutes = minutes;
      mark(index);
      continue;
    }
    const date = parseDateLine(line);
    if (date) {
      if (date.updated) header.modifiedAt ??= date.iso;
      else header.publishedAt ??= date.iso;
      const bylinePart = line.slice(0, date.index).replace(/[\s|·•,–—-]+$/, '');
      if (bylinePart) applyByline(header, parseBylineLine(bylinePart));
      mark(index);
      continue;
    }
    if (header.title && comparisonKey(line) === comparisonKey(header.title)) {
      mark(index); // the headline repeated (an image's alt text or a sticky header)
      continue;
    }
    const caption = header.image ? null : parseCaptionLine(line);
    if (caption) {
      header.image = { src: null, alt: null, caption: caption.caption, credit: caption.credit };
      mark(index);
      continue;
    }
    if (header.title && header.authors.length === 0 && header.publisher === null) {
      const byline = parseBylineLine(line);
      const explicit = /^(?:by|von|par|por|door)\s/i.test(line);
      if (byline && (explicit || parseDateLine(next) !== null || isDoubled(line) || lastMarker === index - 1)) {
        applyByline(header, byline);
        mark(index);
        continue;
      }
    }
    if (!header.title && !header.section && index === 0 && isKicker(line, next)) {
      header.section = line;
      mark(index);
      continue;
    }
    if (!header.title && !header.section && isShortLabelAbove(line, next)) {
      header.section = line;
      mark(index);
      continue;
    }
    if (!header.title && !isParagraphLike(line) && isHeadlineLike(line)) {
      header.title = line;
      mark(index);
      continue;
    }
    if (header.title && !pendingDek && !header.dek && lastMarker === index - 1 && header.authors.length === 0) {
      pendingDek = { text: line, index };
      continue;
    }
    break;
  }
  header.bodyStart = lastMarker + 1;
  return header;
}

/** A kicker is a short label above the headline: in capitals, or followed by the reading time. */
function isKicker(line: string, next: string): boolean {
  if (line.length > 40 || /[.!?:;]$/.test(line)) return false;
  return isUpperCaseLabel(line) || (readingMinutes(next) !== null && line.split(/\s+/).length <= 4);
}

/** "Middle East" above a full headline: a label of three words or fewer directly over a longer headline. */
function isShortLabelAbove(line: string, next: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 3 && line.length <= 30 && !/[.!?:;]$/.test(line) && isHeadlineLike(next) && !isParagraphLike(next) &&
    next.split(/\s+/).length >= 5;
}

function isDoubled(line: string): boolean {
  const half = line.length / 2;
  return Number.isInteger(half) && half > 2 && line.slice(0, half) === line.slice(half);
}

function applyByline(header: CopiedHeader, byline: BylineLine | null): void {
  if (!byline) return;
  for (const author of byline.authors) if (!header.authors.includes(author)) header.authors.push(author);
  for (const agency of byline.wire) if (!header.wire.includes(agency)) header.wire.push(agency);
  header.publisher ??= byline.publisher;
}
