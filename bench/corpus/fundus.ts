// Loads fundus: <cc>/<Publisher>.json (keys V1, V1_1, V2 … in file order) ↔ the publisher's <Publisher>_<date>.html.gz.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, splitOf } from './paths';
import type { BenchPage, Gold } from './types';

export interface FundusImage {
  is_cover?: boolean;
  authors?: string[];
}
export interface FundusEntry {
  title?: string | null;
  authors?: string[];
  publishing_date?: string | null;
  body?: { summary?: string[]; sections?: { headline?: string[]; paragraphs?: string[] }[] };
  images?: FundusImage[];
}

/**
 * The annotation keys are in the same order as the publisher's pages sorted by name (= by crawl date).
 * Checked on all 258 pages: every gold title occurs in the page it is paired with.
 */
export function loadFundus(root: string, warn: (message: string) => void): BenchPage[] {
  const pages: BenchPage[] = [];
  const countries = readdirSync(join(root, 'fundus'), { withFileTypes: true }).filter((e) => e.isDirectory());
  for (const country of countries.map((e) => e.name).sort()) {
    const folder = `fundus/${country}`;
    const files = readdirSync(join(root, folder));
    const urls = readUrls(root, `${folder}/meta.info`, warn);
    for (const jsonFile of files.filter((f) => f.endsWith('.json')).sort()) {
      const publisher = jsonFile.slice(0, -'.json'.length);
      const pagePattern = new RegExp(`^${escapeRegExp(publisher)}_\\d{4}_\\d{2}_\\d{2}\\.html\\.gz$`);
      const htmlFiles = files.filter((f) => pagePattern.test(f)).sort();
      const entries = Object.values(readJson(root, `${folder}/${jsonFile}`) as Record<string, FundusEntry>);
      if (entries.length !== htmlFiles.length) {
        warn(`fundus: ${folder}/${jsonFile} has ${entries.length} annotations for ${htmlFiles.length} pages; skipped`);
        continue;
      }
      entries.forEach((entry, index) => {
        const file = htmlFiles[index] as string;
        const relPath = `${folder}/${file}`;
        pages.push({ set: 'fundus', relPath, url: urls[file] ?? null, split: splitOf(relPath), gold: fundusGold(entry) });
      });
    }
  }
  return pages;
}

function readUrls(root: string, relPath: string, warn: (message: string) => void): Record<string, string> {
  try {
    const info = readJson(root, relPath) as Record<string, { url?: string }>;
    return Object.fromEntries(Object.entries(info).map(([file, value]) => [file, value.url ?? '']));
  } catch {
    warn(`fundus: no readable ${relPath}; pages there have no URL`);
    return {};
  }
}

export function fundusGold(entry: FundusEntry): Gold {
  const gold: Gold = {};
  if (entry.title) gold.title = entry.title;
  if (entry.authors && entry.authors.length > 0) gold.authors = entry.authors;
  if (entry.publishing_date) gold.day = entry.publishing_date.slice(0, 10);
  const sections = entry.body?.sections ?? [];
  const bodyLines = sections.flatMap((section) => [...(section.headline ?? []), ...(section.paragraphs ?? [])]);
  if (bodyLines.length > 0) gold.body = bodyLines.join('\n');
  const summary = (entry.body?.summary ?? []).join(' ').trim();
  if (summary) gold.dek = summary;
  const images = entry.images ?? [];
  const cover = images.find((image) => image.is_cover) ?? images[0];
  if (cover?.authors && cover.authors.length > 0) gold.credits = cover.authors;
  return gold;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
