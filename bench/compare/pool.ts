// Fills the comparison caches for the pages that miss them, spreading the work over worker threads.
import { Worker } from 'node:worker_threads';
import { ResultCache } from '../cache';
import type { BenchPage } from '../corpus/types';
import { metascraperCacheVersion, readabilityCacheVersion } from '../tools/versions';
import type { ComparisonAnswers, ComparisonTool, ToolAnswer } from './answers';

/**
 * Node 20 does not apply tsx's loader to a worker's entry file, so the worker starts as plain JavaScript
 * that registers tsx and then imports the TypeScript worker.
 */
const WORKER_BOOTSTRAP = `import('tsx/esm/api')
  .then(({ register }) => { register(); return import(${JSON.stringify(new URL('./worker.ts', import.meta.url).href)}); })
  .catch((error) => { console.error(error); process.exit(1); });`;

export interface ComparisonCaches {
  readability: ResultCache<ToolAnswer>;
  metascraper: ResultCache<ToolAnswer>;
}

export function openComparisonCaches(): ComparisonCaches {
  return {
    readability: ResultCache.forTool<ToolAnswer>(readabilityCacheVersion()),
    metascraper: ResultCache.forTool<ToolAnswer>(metascraperCacheVersion()),
  };
}

/**
 * Computes each tool's answer on every page missing from that tool's cache (every page when `recompute`),
 * in `jobs` worker threads, and stores them. Returns how many pages needed work.
 */
export async function fillComparisonCaches(
  root: string,
  pages: readonly { page: BenchPage; key: string }[],
  caches: ComparisonCaches,
  options: { jobs: number; recompute: boolean; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const tools: ComparisonTool[] = ['readability', 'metascraper'];
  const missing = pages
    .map((entry) => ({ ...entry, tools: tools.filter((tool) => options.recompute || !caches[tool].get(entry.key)) }))
    .filter((entry) => entry.tools.length > 0);
  if (missing.length === 0) return 0;
  const jobs = Math.max(1, Math.min(options.jobs, missing.length));
  let done = 0;
  const workers = Array.from({ length: jobs }, (_, job) => {
    const share = missing
      .map((entry, index) => ({ index, relPath: entry.page.relPath, url: entry.page.url, tools: entry.tools }))
      .filter((_, index) => index % jobs === job);
    return new Promise<void>((resolve) => {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { root, pages: share } });
      worker.on('message', (message: { index: number; answers: ComparisonAnswers }) => {
        const key = (missing[message.index] as { key: string }).key;
        for (const tool of tools) {
          const answer = message.answers[tool];
          if (answer) caches[tool].set(key, answer);
        }
        done++;
        options.onProgress?.(done, missing.length);
        if (done % 50 === 0) saveCaches(caches);
      });
      // A crashed worker leaves its remaining pages without answers; they are scored as misses, not fatal.
      worker.on('error', (error) => console.warn(`warning: comparison worker failed: ${error.message}`));
      worker.on('exit', () => resolve());
    });
  });
  await Promise.all(workers);
  saveCaches(caches);
  return missing.length;
}

export function saveCaches(caches: ComparisonCaches): void {
  caches.readability.save();
  caches.metascraper.save();
}
