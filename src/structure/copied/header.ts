// Reads the header of a copied article around its headline: kicker, reading time, dek, lead caption, byline and dates.
import type { ArticleImage } from '../../analysis';
import { comparisonKey } from '../../text/normalize';
import { parseBylineLine, type BylineLine } from './byline';
import type { DateLine } from './date-line';
import { describeLine, type HeaderLine } from './header-lines';
import { chooseTitle } from './title-choice';

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
  /** Index (into the non-empty lines) of the first line of the body. */
  bodyStart: number;
}

/** How far down a headline is looked for: a whole-page copy has its navigation first. */
const TITLE_REACH = 300;
/** How many lines below the headline the byline, date and caption may still come. */
const HEADER_DEPTH = 16;

/** Reads the header; `rawLines` are the non-empty lines before whitespace cleaning, `lines` after. */
export function readHeader(rawLines: readonly string[], lines: readonly string[]): CopiedHeader {
  const described = lines.slice(0, TITLE_REACH).map((line, index) => describeLine(rawLines[index] ?? line, line));
  const header: CopiedHeader = {
    section: null, statedReadingMinutes: null, title: null, dek: null, image: null,
    authors: [], wire: [], publisher: null, publishedAt: null, modifiedAt: null, bodyStart: 0,
  };
  const titleIndex = chooseTitle(described);
  if (titleIndex !== null) {
    header.title = lines[titleIndex]!;
    readAboveTitle(header, described, titleIndex);
  }
  header.bodyStart = readBelowTitle(header, described, titleIndex === null ? 0 : titleIndex + 1);
  return header;
}

/** The kicker, reading time or date directly above the headline (at most three lines up). */
function readAboveTitle(header: CopiedHeader, lines: readonly HeaderLine[], titleIndex: number): void {
  for (let index = titleIndex - 1; index >= Math.max(0, titleIndex - 3); index -= 1) {
    const line = lines[index]!;
    if (line.chrome) continue;
    if (line.minutes !== null) header.statedReadingMinutes ??= line.minutes;
    else if (line.date) applyDate(header, line.date);
    else if (line.label && header.section === null) header.section = line.text;
    else break;
  }
}

/** Reads header lines below the headline and returns where the body starts. */
function readBelowTitle(header: CopiedHeader, lines: readonly HeaderLine[], start: number): number {
  const titleKey = header.title ? comparisonKey(header.title) : null;
  // The dek is only known to be one when more header follows it; until then it may be the first paragraph.
  let dekIndex: number | null = null;
  let elementsSeen = 0;
  let elementsAfterDek = 0;
  let bylineOrDateSeen = false;
  const datesAbove = { published: header.publishedAt, modified: header.modifiedAt };
  let expectByline = false;
  let previousWasByline = false;
  const end = Math.min(lines.length, start + HEADER_DEPTH);
  let index = start;
  for (; index < end; index += 1) {
    const line = lines[index]!;
    if (line.chrome) continue;
    const wasByline = previousWasByline;
    previousWasByline = false;
    const element = (() => {
      if (titleKey !== null && comparisonKey(line.text) === titleKey) return true;
      if (line.minutes !== null) return (header.statedReadingMinutes ??= line.minutes), true;
      // "Jane Doe · CBC News · Posted: Aug 8, 2024 | Last Updated: August 8": each part on its own.
      if (line.segments.some((segment) => segment.date)) {
        for (const segment of line.segments) {
          if (segment.date) applyDate(header, segment.date);
          else if (header.authors.length === 0 || segment.byline?.authors.length === 0) applyByline(header, segment.byline);
        }
        return true;
      }
      if (line.date) {
        applyDate(header, line.date);
        const before = line.text.slice(0, line.date.index).replace(/[\s|·•,–—-]+$/, '');
        if (before) applyByline(header, parseBylineLine(before));
        return true;
      }
      if (line.caption && !header.image) {
        header.image = { src: null, alt: null, caption: line.caption.caption, credit: line.caption.credit };
        return true;
      }
      if (line.bylineLabel) return (expectByline = true), true;
      const byline = expectByline || line.explicitByline ? parseBylineLine(expectByline ? `By ${line.text}` : line.text) : line.byline;
      const nextIsDate = Boolean(lines[index + 1]?.date);
      if (byline && (expectByline || line.explicitByline || header.authors.length === 0 || wasByline) &&
          (expectByline || line.explicitByline || elementsSeen > 0 || index === start || wasByline || nextIsDate)) {
        expectByline = false;
        previousWasByline = byline.authors.length > 0;
        applyByline(header, byline);
        return true;
      }
      return false;
    })();
    if (element) {
      elementsSeen += 1;
      if (dekIndex !== null) elementsAfterDek += 1;
      // Only what lies below the headline counts: a date above it does not end the standfirst.
      bylineOrDateSeen ||= header.authors.length > 0 || header.publishedAt !== datesAbove.published || header.modifiedAt !== datesAbove.modified;
      continue;
    }
    expectByline = false;
    const dekShaped = line.prose || (line.headline && line.words >= 6);
    if (!dekShaped) continue; // header furniture: a timestamp, a video length, a label
    if (header.title && dekIndex === null && !bylineOrDateSeen) {
      dekIndex = index;
      continue;
    }
    // A second standfirst line or a teaser is still header when the byline or date comes right after it.
    if (!bylineOrDateSeen && headerElementSoon(lines, index + 1)) continue;
    break;
  }
  if (dekIndex !== null) {
    if (elementsAfterDek > 0) header.dek = lines[dekIndex]!.text;
    else return dekIndex;
  }
  return index;
}

function headerElementSoon(lines: readonly HeaderLine[], from: number): boolean {
  return lines.slice(from, from + 3).some((line) =>
    line.date !== null || line.bylineLabel || line.explicitByline || line.caption !== null || line.segments.some((segment) => segment.date));
}

function applyDate(header: CopiedHeader, date: DateLine): void {
  if (date.updated) header.modifiedAt ??= date.iso;
  else header.publishedAt ??= date.iso;
}

function applyByline(header: CopiedHeader, byline: BylineLine | null): void {
  if (!byline) return;
  for (const author of byline.authors) if (!header.authors.includes(author)) header.authors.push(author);
  for (const agency of byline.wire) if (!header.wire.includes(agency)) header.wire.push(agency);
  header.publisher ??= byline.publisher;
}
