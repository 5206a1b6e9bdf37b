// Recognises a byline line in copied text ("By Jane Doe and John Roe", "Sadiq S BhatSadiq S Bhat", "TRT World").
import { cleanAuthors, cleanName } from '../meta/authors';
import { matchAgency } from '../agencies';
import { countWords } from '../../text/normalize';

export interface BylineLine {
  authors: string[];
  wire: string[];
  /** Set when the byline names an organisation rather than people ("TRT World", "BBC News"). */
  publisher: string | null;
}

const LEADING_BY = /^(?:by|von|par|por|door|di|af|av)\s*[:\-–]?\s+(?=\S)/i;
// Words a newsroom's name is made of and a person's name almost never is.
const ORGANISATION_WORD =
  /\b(?:news|world|times|post|daily|tribune|journal|herald|guardian|gazette|telegraph|chronicle|observer|express|mirror|media|network|tv|radio|channel|online|digital|magazine|weekly|insider)\b/i;
const NAME_PARTICLE = /^(?:de|da|del|der|den|van|von|bin|bint|al|el|la|le|di|du|dos|ibn)$/i;

/**
 * The people, agencies or organisation a line credits, or null when the line is not a byline.
 * A line opening with "By" is a byline whatever its words look like; otherwise every part must look like a
 * full name, an agency or a newsroom ("Jane Doe | TRT World").
 */
export function parseBylineLine(line: string): BylineLine | null {
  if (line.length > 200 || countWords(line) > 16) return null;
  const explicit = LEADING_BY.test(line);
  const segments = undouble(line.replace(LEADING_BY, ''))
    .split(/\s*(?:\||·|•|\s[–—-]\s)\s*/)
    .map((segment) => {
      const calmed = unshout(segment);
      // "BBC NEWS" keeps its acronym; "JANE DOE FOR EXAMPLE.COM" is split below.
      return calmed !== segment && isOrganisation(calmed) && splitFor(calmed).length === 1 ? segment : calmed;
    })
    .flatMap(splitFor)
    .filter((segment) => segment !== '');
  if (segments.length === 0) return null;

  const result: BylineLine = { authors: [], wire: [], publisher: null };
  for (const segment of segments) {
    const agency = matchAgency(segment);
    if (agency) {
      if (!result.wire.includes(agency)) result.wire.push(agency);
    } else if (isOrganisation(segment)) {
      result.publisher ??= segment;
    } else if (explicit || looksLikeNames(segment)) {
      const cleaned = cleanAuthors([segment], result.publisher ? [result.publisher] : []);
      for (const author of cleaned.authors) if (!result.authors.includes(author)) result.authors.push(author);
      for (const agencyName of cleaned.wire) if (!result.wire.includes(agencyName)) result.wire.push(agencyName);
    } else {
      return null;
    }
  }
  const recognised = result.authors.length > 0 || result.wire.length > 0 || result.publisher !== null;
  // "By Staff Reporter" is a byline naming nobody; "Von München bis Aachen: …" is a headline.
  return recognised || (explicit && countWords(line) <= 4 && !/[:?!.]/.test(line)) ? result : null;
}

/** "LAURA M. QUINTANILLA" → "Laura M. Quintanilla": bylines set in capitals, so names and acronyms can be told apart. */
function unshout(segment: string): string {
  const letters = segment.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || segment.split(/\s+/).length < 2) return segment;
  return segment.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** "Dolores Chang for Dailymail.com" → the person and the outlet, judged separately. */
function splitFor(segment: string): string[] {
  const match = /^(.+?)\s+(?:for|für|pour|para|per)\s+(.+)$/i.exec(segment);
  return match?.[1] && match[2] && isOrganisation(match[2]) ? [match[1], match[2]] : [segment];
}

/** "Jane Doe", "Jane Doe and John Roe", "Jane Doe, John Roe": full names only, no sentence. */
function looksLikeNames(segment: string): boolean {
  if (/[.!?:;"“”]$/.test(segment) || /\d/.test(segment)) return false;
  const parts = segment.split(/\s*(?:,|&|\band\b)\s*/i).filter(Boolean);
  return parts.length > 0 && parts.length <= 4 && parts.every(isFullName);
}

function isFullName(part: string): boolean {
  const words = part.split(/\s+/);
  // One word alone ("Explore", "Politics") is too weak to call a name without a "By" before it.
  if (words.length < 2 || cleanName(part) === null) return false;
  return words.every((word) => /^[\p{Lu}\p{Lo}]/u.test(word) || NAME_PARTICLE.test(word));
}

/** A newsroom's name: two to five capitalised words with an acronym ("TRT World") or a newsroom word ("BBC News"). */
function isOrganisation(segment: string): boolean {
  const words = segment.split(/\s+/);
  if (words.length > 5 || /[.!?:;]$/.test(segment)) return false;
  if (words.length < 2 && !/^[\p{L}-]+\.(?:com|net|org|co\.uk|de|fr|es|it)$/iu.test(segment)) return false;
  if (!words.every((word) => /^[\p{Lu}\p{Lo}\d]/u.test(word) || /^(?:of|the|and|de|la)$/i.test(word))) return false;
  return /\b\p{Lu}{3,}\b/u.test(segment) || ORGANISATION_WORD.test(segment) || /\.(?:com|net|org|co\.uk|de|fr|es|it)\b/i.test(segment);
}

/** "Sadiq S BhatSadiq S Bhat" (an avatar's alt text copied before the name) → "Sadiq S Bhat". */
function undouble(text: string): string {
  const half = text.length / 2;
  if (Number.isInteger(half) && half > 2 && text.slice(0, half) === text.slice(half)) return text.slice(0, half).trim();
  const spaced = (text.length - 1) / 2;
  if (Number.isInteger(spaced) && spaced > 2 && text.charAt(spaced) === ' ' && text.slice(0, spaced) === text.slice(spaced + 1)) {
    return text.slice(0, spaced);
  }
  return text;
}
