// Wire-service credit lines ("SOURCE: Reuters", "— AP", "(With inputs from PTI)") and datelines ("PARIS (AFP) —").
import { findAgencies, matchAgency } from '../agencies';

const SOURCE_LABEL = /^(?:sources?|quelle|quellen|fuente|fuentes|fonte|source de l'article|kaynak|źródło|bron|källa|kilde|lähde)\s*[:：]\s*(.{2,120})$/i;
const INPUTS = /^[([]?\s*(?:with|mit|con|avec|com)\s+(?:additional\s+)?(?:agency\s+)?(?:inputs?|reporting|material|informationen|información|informations|dati)\b(?:\s+(?:from|by|von|de|di)\s+(.{2,120}?))?\s*[)\]]?\.?$/i;
const DASH_CREDIT = /^[—–-]+\s*(.{2,60})$/;
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}\s*)?(.{2,200})$/i;
const AGENCY_SLASHES = /^[\p{L}.\s-]{2,20}(?:\s*\/\s*[\p{L}.\s-]{2,20}){1,4}$/u;

/**
 * The agencies a credit line names when the whole line is a wire credit (to be removed from the body),
 * [] for a credit line naming no agency ("with agency inputs"), null when the line is story text.
 */
export function wireCreditLine(text: string): string[] | null {
  const line = text.trim();
  if (line.length > 220) return null;
  const whole = matchAgency(line);
  if (whole) return [whole];
  const source = SOURCE_LABEL.exec(line);
  if (source?.[1]) {
    const agencies = findAgencies(source[1]);
    return agencies.length > 0 ? agencies : null;
  }
  const inputs = INPUTS.exec(line);
  if (inputs) return inputs[1] ? findAgencies(inputs[1]) : /agency|agencies/i.test(line) ? [] : null;
  if (/^[([]?\s*with (?:inputs|agency inputs)/i.test(line) && line.length < 120) return findAgencies(line);
  const dash = DASH_CREDIT.exec(line);
  if (dash?.[1]) {
    const agency = matchAgency(dash[1]) ?? (AGENCY_SLASHES.test(dash[1]) ? allAgencies(dash[1]) : null);
    return typeof agency === 'string' ? [agency] : agency;
  }
  const copyright = COPYRIGHT.exec(line);
  if (copyright?.[1]) {
    const agencies = findAgencies(copyright[1].split(/[.,]/)[0] ?? '');
    return agencies.length > 0 ? agencies : null;
  }
  // "dpa/AFP", "Reuters/AP": every part an agency.
  if (AGENCY_SLASHES.test(line)) return allAgencies(line);
  return null;
}

function allAgencies(text: string): string[] | null {
  const parts = text.split('/').map((part) => part.trim()).filter((part) => part !== '');
  const agencies = parts.map((part) => matchAgency(part));
  if (agencies.some((agency) => agency === null)) return null;
  return [...new Set(agencies as string[])];
}

const DATELINE = /^[^()\n]{0,80}?\(([^()]{2,40})\)\s*[-—–:]/;
const BARE_DATELINE = /^\p{Lu}[\p{Lu}\s.,'’-]{1,60}[,\s]*\s(?:\d{1,2}\.?\s\p{L}+\.?\s)?\(?([\p{L}/ -]{2,30}?)\)?\s*[—–-]\s/u;

/** Agencies named in a dateline at the start of a story paragraph ("SANTIAGO (AP) —", "(Reuters) -"). */
export function datelineAgencies(text: string): string[] {
  const match = DATELINE.exec(text) ?? BARE_DATELINE.exec(text);
  if (!match?.[1]) return [];
  const agency = matchAgency(match[1]);
  if (agency) return [agency];
  return allAgencies(match[1]) ?? [];
}
