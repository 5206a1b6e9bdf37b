// Loads trafilatura's evaluation: evaldata.json {url: {file, with[], without[], author, title, date}}.
import { firstExisting, readJson, splitOf } from './paths';
import type { BenchPage, Gold } from './types';

const FOLDERS = ['cache', 'eval'];

export interface TrafilaturaItem {
  file: string;
  with?: string[];
  without?: string[];
  author?: string | string[] | null;
  title?: string | null;
  date?: string | null;
}

export function loadTrafilatura(root: string, warn: (message: string) => void): BenchPage[] {
  const items = readJson(root, 'trafilatura/evaldata.json') as Record<string, TrafilaturaItem>;
  const pages: BenchPage[] = [];
  for (const [url, item] of Object.entries(items)) {
    const relPath = firstExisting(root, 'trafilatura', FOLDERS, `${item.file}.gz`);
    if (!relPath) {
      warn(`trafilatura: ${item.file}.gz not found in ${FOLDERS.join(', ')}`);
      continue;
    }
    pages.push({ set: 'trafilatura', relPath, url, split: splitOf(relPath), gold: trafilaturaGold(item) });
  }
  return pages;
}

/** Empty strings in author/title/date mean "not annotated", not "the page has none". */
export function trafilaturaGold(item: TrafilaturaItem): Gold {
  const gold: Gold = { with: item.with ?? [], without: item.without ?? [] };
  const authors = Array.isArray(item.author) ? item.author : item.author ? [item.author] : [];
  if (authors.some((a) => a.trim())) gold.authors = authors;
  if (item.title?.trim()) gold.title = item.title;
  // One annotation is written "2022-11-1": pad month and day rather than lose the page.
  const date = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(item.date ?? '');
  if (date) gold.day = `${date[1]}-${date[2]?.padStart(2, '0')}-${date[3]?.padStart(2, '0')}`;
  return gold;
}
