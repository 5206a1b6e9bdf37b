// Turns raw byline strings into people's names: no "By", dates, roles, agencies, publishers or duplicates.
import { agencyAsPrinted, findAgencies, sameAgency } from '../agencies';
import { cleanText, comparisonKey } from '../../text/normalize';
import { isPublisherLike } from './byline/publisher-like';

export interface NameOptions {
  /**
   * The text comes from markup that declares a name (rel=author, hCard fn, schema.org Person), where a
   * user name ("gizzmo", "delta201") is how the site names its author.
   */
  handles?: boolean;
}

export interface CleanedByline {
  authors: string[];
  /** Agencies found in the byline ("Reuters"), which are credits, not people. */
  wire: string[];
}

const LEADING_WORDS = /^(?:(?:(?:ein|an?|un)\s+)?(?:artikel|beitrag|bericht|article|story)\s+(?:von|by|de|par)\b|(?:written|reported|compiled|edited|posted|published|text|story|words|photos?|interview|pressemitteilung|press release|communiqué|eingestellt|verfasst|geschrieben|gepostet|veröffentlicht|publié|écrit|escrito|publicado|scritto|pubblicato)\s+(?:by|von|par|por|da)\b|by|von|vom|par|por|door|di|da|de|af|av|ved|por|autor(?:in|es)?|author(?:s)?|auteur|reporter|text|texte|bron|quelle|z|od)\s*[:.\-–—]?\s+/i;
const SPLITTER = /\s*(?:[,;&|·•\n]|\/(?=\s)|\s\/|(?<=\p{Ll})\/(?=\p{L})|\s+(?:im gespräch mit|in conversation with|interviewed by)\s+|\s+(?:and|und|et|y|e|en|og|och|i|ja|és|и|a)\s+)\s*/iu;
// Words that mark a fragment as a role, a section, a date or page furniture rather than a name.
const NOT_A_NAME = /\b(?:reporter|correspondent|editor|editors|editorial|writer|staff|contributor|contributing|columnist|journalist|producer|photographer|analyst|bureau|desk|team|redaktion|redakteur(?:in)?|rédaction|redacción|redazione|autor|newsroom|news|press|media|agency|agencies|agentur|agenturen|collectif|gmbh|kg|ltd|inc|llc|plc|corp|co(?=\.\s)|e\.v|nachrichtenagentur|sponsored|advertisement|updated?|published|posted|modified|aktualisiert|veröffentlicht|mis à jour|publié|actualizado|min read|read more|comments?|share|follow|subscribe|email|twitter|facebook|instagram|linkedin|photo|photos|video|image|source|inputs?|guest|opinion|no author|artikel|stand|phd|ph\.d|m\.d|dr\.? med|authors?|autor|gesponsert\w*|anzeige|werbung|admin|administrator|webmaster|anonymous|unknown|user|gast|minutes?|hours?|ago|today|yesterday|am|pm|gmt|utc|edt|est|cet|cest)\b/i;
const MONTH_OR_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)/i;
// "Source" in other languages (NOT_A_NAME's \b does not see letters outside ASCII).
const SOURCE_WORD = /(?<!\p{L})(?:źródło|fuente|fonte|quelle|kilde|källa|lähde|bron|zdroj|forrás|sursa|πηγή|источник|джерело|kaynak)(?!\p{L})/iu;
const MAX_NAME_LENGTH = 60;
const NAME_PARTICLES = new Set([
  'van', 'von', 'vom', 'zu', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'des', 'la', 'le', 'les',
  'ter', 'ten', 'bin', 'binti', 'bint', 'ibn', 'al', 'el', 'y', 'e', 'af', 'av', 'dei', 'degli', 'of',
]);
const MAX_NAME_WORDS = 5;

/**
 * Cleans byline strings into people. `publisherNames` are the site's own names (a byline of
 * "TRT World" names no person). Agencies go to `wire`.
 */
export function cleanAuthors(raw: string[], publisherNames: string[], options: NameOptions = {}): CleanedByline {
  const authors: string[] = [];
  const wire: string[] = [];
  const seen = new Set<string>();
  const publisherKeys = new Set(publisherNames.map(nameKey).filter((key) => key !== ''));
  for (const text of raw.slice(0, 30)) {
    for (const fragment of fragmentsOf(text)) {
      const agency = agencyAsPrinted(fragment);
      if (agency) {
        addCredit(wire, agency);
        continue;
      }
      const name = cleanName(fragment) ?? (options.handles ? cleanHandle(fragment) : null);
      if (!name) {
        for (const found of findAgencies(fragment)) addCredit(wire, found);
        continue;
      }
      const key = nameKey(name);
      if (seen.has(key) || publisherKeys.has(key) || isPublisherLike(name, publisherNames)) continue;
      seen.add(key);
      authors.push(name);
    }
  }
  return { authors, wire };
}

/** Adds an agency credit unless the list already credits that agency under any spelling. */
export function addCredit(wire: string[], agency: string): void {
  if (!wire.some((known) => sameAgency(known, agency))) wire.push(agency);
}

function fragmentsOf(text: string): string[] {
  let cleaned = cleanText(text.length > 500 ? text.slice(0, 500) : text)
    .replace(/\S+@\S+\.\w+/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    // "Williams Perdomo @wperdomod": a social-media handle printed beside the name.
    .replace(/(^|\s)@[\p{L}\p{N}_.]{2,}/gu, '$1')
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  // "Heiko SauerDo 9 Apr 2020": a date glued to the name by markup without spaces.
  cleaned = cleaned.replace(/(\p{Ll})(\p{Lu}\p{Ll}{1,8}\.?,?\s+\d)/gu, '$1 $2');
  cleaned = stripLeading(cutTrailingDate(stripLeading(cleaned)));
  // "SIDNachrichtenagentur": an agency's initials glued to the next word by markup without spaces.
  cleaned = cleaned.replace(/\b(\p{Lu}{2,})(?=\p{Lu}\p{Ll}{3,})/gu, '$1 ');
  // "Name is a reporter at …", "Name, who covers …": the name is what comes before.
  cleaned = cleaned.replace(/\s+(?:is|was|ist|est|es)\s+(?:a|an|the|ein|eine|un|une|el|la)\s.*$/i, '');
  const lastFirst = /^([\p{Lu}][\p{L}'’-]+),\s*([\p{Lu}][\p{L}'’.-]*(?:\s[\p{Lu}][\p{L}'’.-]*)?)$/u.exec(cleaned);
  if (lastFirst && !NOT_A_NAME.test(cleaned)) return [`${lastFirst[2]} ${lastFirst[1]}`];
  return cleaned
    .split(SPLITTER)
    // "Neil Forde For The Sunday Courier": the person writes for the publication named after "for".
    .map((part) => stripLeading(part.trim()).replace(/^(\S+\s+\S.*?)\s+(?:[Ff]or|FOR|für|pour|para)\s+(?:[Tt]he\s+|THE\s+)?\p{Lu}.*$/u, '$1'))
    .filter((part) => part !== '');
}

// "Jane Doe Updated 3 hours ago", "Jane Doe on March 3, 2024", "Jane Doe 28.02.2024 10:05".
const TRAILING_DATE = /\s*(?:[|•·,–—-]\s*)?(?:(?<!\p{L})(?:hace|vor|il y a|há)\s+\d|(?<!\p{L})(?:tiempo de lectura|lesezeit|lesedauer|reading time|temps de lecture|tempo de leitura|tempo di lettura)(?!\p{L})|(?<!\p{L})(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)(?!\p{L})|(?<!\p{L})(?:last\s+)?(?:updated|published|posted|aktualisiert|veröffentlicht|publié|mis à jour|actualizado|publicado|pubblicato|aggiornato|opdateret|oppdatert|publicerad|uppdaterad)(?!\p{L})|(?<!\p{L})(?:on|am|at|um|le|el|il|à)\s+(?=\p{L}*\s*\d)|(?<!\p{L})(?:mon|tue|wed|thu|fri|sat|sun|mo|di|mi|do|fr|sa|so|lun|mar|mer|jeu|ven|sam|dim)\p{L}*\.?,?\s+\d|\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2}:\d{2}|(?<!\p{L})(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d{1,2}(?!\p{L})|(?<!\p{L})\d{1,2}\.?\s+(?:jan|feb|mär|mar|apr|mai|may|jun|jul|aug|sep|okt|oct|nov|dez|dec)\p{L}*).*$/iu;

function cutTrailingDate(text: string): string {
  return text.replace(TRAILING_DATE, '');
}

function stripLeading(text: string): string {
  let current = text.replace(/^[\s:|·•,;–—-]+/, '');
  for (let i = 0; i < 3; i += 1) {
    const next = current.replace(LEADING_WORDS, '').trim();
    if (next === current) break;
    current = next;
  }
  return current;
}

/** One fragment as a person's name, or null when it is not one. */
export function cleanName(fragment: string): string | null {
  let name = undoDoubling(fragment.replace(/^[\s"“'‘@~*•·>©]+|[\s"”'’,:;|*–—-]+$/g, '').trim());
  // A final full stop belongs to an initial or "Jr." ("Joe S.", "Perry Bacon Jr."), not to a sentence.
  if (name.endsWith('.') && !/(?:^|\s)(?:\p{L}|jr|sr|st)\.$/iu.test(name)) name = name.slice(0, -1).trim();
  if (name === '' || name.length > MAX_NAME_LENGTH) return null;
  if (/\d/.test(name) || /[<>{}[\]=/\\#@!?]/.test(name) || /^https?:/i.test(name)) return null;
  if (NOT_A_NAME.test(name) || SOURCE_WORD.test(name) || MONTH_OR_DAY.test(name)) return null;
  const words = name.split(' ');
  if (words.length > MAX_NAME_WORDS) return null;
  // A name has at least one capitalised word (or is in a script without case), and its lower-case words are
  // particles ("van", "de la", "der Michel"), not sentence words ("deinen Hochzeitsbloggern").
  if (!words.some((word) => /^[\p{Lu}\p{Lo}]/u.test(word))) return null;
  if (words.some((word) => /^\p{Ll}(?!['’])/u.test(word) && !NAME_PARTICLES.has(word))) return null;
  if (words.length === 1 && (name.length < 3 || LEADING_WORDS.test(`${name} x`))) return null;
  // "SP-X", "NDR": a one-word acronym is an organisation's credit, not a person.
  if (words.length === 1 && /^[\p{Lu}\d.&-]{2,6}$/u.test(name)) return null;
  name = words.join(' ');
  return name;
}

/** A user name in markup that declares an author ("gizzmo", "delta201", "fri.juli"), or null. */
function cleanHandle(fragment: string): string | null {
  const handle = fragment.replace(/^[\s"“'‘@~*•·>©]+|[\s"”'’,:;|*–—.-]+$/g, '');
  if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{1,29}$/u.test(handle) || !/\p{L}{2}/u.test(handle)) return null;
  if (NOT_A_NAME.test(handle) || LEADING_WORDS.test(`${handle} x`)) return null;
  // "www.example.com" is a site, not its author.
  if (/^www\.|\.(?:com|net|org|de|at|ch|info|io|co|uk|fr|es|it|nl|eu)$/i.test(handle)) return null;
  return handle;
}

// "Sadiq S BhatSadiq S Bhat" (image alt + name) and "Jane Doe Jane Doe" are one name.
function undoDoubling(name: string): string {
  const compact = name.replace(/\s+/g, ' ');
  const half = compact.length / 2;
  if (Number.isInteger(half) && compact.slice(0, half) === compact.slice(half)) return compact.slice(0, half).trim();
  const spaced = (compact.length - 1) / 2;
  if (Number.isInteger(spaced) && compact.charAt(spaced) === ' ' && compact.slice(0, spaced) === compact.slice(spaced + 1)) {
    return compact.slice(0, spaced);
  }
  return compact;
}

function nameKey(name: string): string {
  return comparisonKey(name).replace(/[^\p{L}\p{N}]+/gu, '');
}
