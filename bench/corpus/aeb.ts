// Loads the scrapinghub article-extraction-benchmark: ground-truth.json {id: {articleBody, url}} + html/<id>.html.gz.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readJson, splitOf } from './paths';
import type { BenchPage } from './types';

export function loadAeb(root: string, warn: (message: string) => void): BenchPage[] {
  const truth = readJson(root, 'aeb/ground-truth.json') as Record<string, { articleBody?: string; url?: string }>;
  const pages: BenchPage[] = [];
  for (const [id, item] of Object.entries(truth)) {
    const relPath = `aeb/html/${id}.html.gz`;
    if (!existsSync(join(root, relPath))) {
      warn(`aeb: ${relPath} is missing`);
      continue;
    }
    pages.push({ set: 'aeb', relPath, url: item.url ?? null, split: splitOf(relPath), gold: { body: item.articleBody ?? '' } });
  }
  return pages;
}
