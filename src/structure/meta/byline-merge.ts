// Reconciles the metadata's authors with the byline the page shows: the visible one may be fuller.
import { comparisonKey } from '../../text/normalize';
import type { DomByline } from './byline-dom';

const MAX_EXTRA_NAMES = 3;

/**
 * A microdata byline (schema.org Person items) wins when it names every metadata author (a first name alone
 * matches a full name that starts with it) and adds at most a few: metadata often lists only the first author.
 * Otherwise the metadata authors stay, their first-name-only entries completed from the visible byline.
 */
export function mergeWithVisibleByline(metadataAuthors: string[], visible: DomByline): string[] {
  const visibleAuthors = visible.authors.filter((name) => !name.includes(':'));
  if (visibleAuthors.length === 0 || metadataAuthors.length === 0) return metadataAuthors;
  const matches = metadataAuthors.map((author) => visibleAuthors.find((name) => sameOrFuller(author, name)) ?? null);
  const allMatched = matches.every((match) => match !== null);
  if (visible.origin === 'microdata' && allMatched && visibleAuthors.length <= metadataAuthors.length + MAX_EXTRA_NAMES) return visibleAuthors;
  return metadataAuthors.map((author, index) => {
    const match = matches[index];
    return match && isFirstNameOnly(author) ? match : author;
  });
}

function sameOrFuller(author: string, visible: string): boolean {
  const a = key(author);
  const v = key(visible);
  if (a === v) return true;
  return isFirstNameOnly(author) && v.split(' ').length >= 2 && v.startsWith(`${a} `);
}

function isFirstNameOnly(author: string): boolean {
  return key(author).split(' ').length === 1;
}

function key(name: string): string {
  return comparisonKey(name).replace(/[^\p{L}\p{N} ]+/gu, '').replace(/\s+/g, ' ').trim();
}
