// Reads the body of a copied article: paragraphs, headings and list items, with widgets, related lists and wire lines taken out.
import type { Block, RelatedLink } from '../../analysis';
import { findAgencies, matchAgency } from '../agencies';
import { parseCaptionLine } from './caption';
import { parseDateLine } from './date-line';
import { inlineRelatedTitle, isChromeLine, isHeadlineLike, isParagraphLike, isRelatedMarker } from './lines';

export interface CopiedBody {
  blocks: Block[];
  related: RelatedLink[];
  wire: string[];
  /** A date line found below the header (some pages put "Updated …" at the end). */
  dates: { iso: string; updated: boolean }[];
}

// "SOURCE:Reuters", "Sources: AFP, Reuters", "Quelle: dpa", "Kaynak: AA".
const SOURCE_LINE = /^(?:source|sources|quelle|quellen|fuente|fuentes|fonte|kaynak|bron)\s*:\s*(.*)$/i;
// "With agency inputs", "(With inputs from Reuters)", "— AP": a credit, not story text.
const CREDIT_LINE = /^[([]?\s*(?:with|additional reporting by|reporting by)?\s*(?:agency\s+)?inputs?\s+(?:from\s+)?(.*?)[)\]]?\.?$|^(?:with agency inputs|agencies)\.?$/i;
// "BEIJING (Reuters) -", "MOSCOW, Feb 28 (AP) —": an agency dateline opening the first paragraph.
const AGENCY_DATELINE = /^[\p{Lu}][\p{Lu}\p{L}\d .,'-]{1,60}\(([^)]{2,40})\)\s*[-–—]/u;
const BULLET = /^(?:[•·▪◦‣*–-])\s+(.+)$/;

/** Reads the body from the lines that follow the header (non-empty lines, cleaned). */
export function readBody(lines: readonly string[]): CopiedBody {
  const body: CopiedBody = { blocks: [], related: [], wire: [], dates: [] };
  const addWire = (names: string[]) => {
    for (const name of names) if (!body.wire.includes(name)) body.wire.push(name);
  };
  let inRelatedList = false;

  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isChromeLine(line)) continue;
    if (isRelatedMarker(line)) {
      inRelatedList = true;
      continue;
    }
    if (inRelatedList) {
      // A widget's headlines run until story text resumes (RECOMMENDED mid-body) or the copy ends (Explore).
      if (isHeadlineLike(line) && !isParagraphLike(line)) {
        addRelated(body.related, line);
        continue;
      }
      inRelatedList = false;
    }
    const relatedTitle = inlineRelatedTitle(line);
    if (relatedTitle) {
      addRelated(body.related, relatedTitle);
      continue;
    }
    const source = SOURCE_LINE.exec(line);
    if (source) {
      addWire(sourceAgencies(source[1] ?? ''));
      continue;
    }
    const credit = CREDIT_LINE.exec(line);
    if (credit && line.length <= 80) {
      addWire(findAgencies(credit[1] ?? ''));
      continue;
    }
    const agency = line.length <= 40 ? matchAgency(line) : null;
    if (agency && /^[\s([—–-]/.test(line)) {
      addWire([agency]); // "— AP", "(Reuters)" on a line of its own
      continue;
    }
    const date = mayBeDateLine(line, body.dates) ? parseDateLine(line) : null;
    if (date && (date.index === 0 || /^(?:updated|published|posted)/i.test(line))) {
      body.dates.push({ iso: date.iso, updated: date.updated });
      continue;
    }
    const caption = parseCaptionLine(line);
    if (caption && /(?:photo|image|credit|foto)\s*:/i.test(line)) continue; // an inline image's caption
    if (body.blocks.length === 0) {
      const dateline = AGENCY_DATELINE.exec(line);
      const datelineAgency = dateline?.[1] ? matchAgency(dateline[1]) : null;
      if (datelineAgency) addWire([datelineAgency]);
    }
    body.blocks.push(blockOf(line, lines[index + 1]));
  }
  return body;
}

/**
 * Whether a body line is worth handing to the date parser: short, with a year or a numeric date in it, and only
 * until one publication and one update date are known (chrono is slow, and a long copy has many lines).
 */
function mayBeDateLine(line: string, found: CopiedBody['dates']): boolean {
  if (line.length > 80 || found.length >= 2) return false;
  return /\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b/.test(line);
}

function blockOf(line: string, next: string | undefined): Block {
  const bullet = BULLET.exec(line);
  if (bullet?.[1]) return { kind: 'list-item', text: bullet[1] };
  // A short line with no closing punctuation, followed by prose, is a subheading.
  if (next !== undefined && isHeadlineLike(line) && !isParagraphLike(line) && line.split(/\s+/).length <= 12 && isParagraphLike(next)) {
    return { kind: 'heading', text: line };
  }
  return { kind: 'paragraph', text: line };
}

/** "Reuters", "AFP, Reuters", "TRT World and agencies": only the named agencies count. */
function sourceAgencies(text: string): string[] {
  const whole = matchAgency(text);
  return whole ? [whole] : findAgencies(text);
}

function addRelated(related: RelatedLink[], title: string): void {
  if (!related.some((item) => item.title === title)) related.push({ title, href: null });
}
