// Fills the comparison caches for the pages that miss them, spreading the work over worker threads.
import { Worker } from 'node:worker_threads';
import { ResultCache } from '../cache';
import type { BenchPage } from '../corpus/types';
import { metascraperCacheVersion, readabilityCacheVersion } from '../tools/versions';
import type { ComparisonAnswers, ToolAnswer } from './answers';

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
 * Computes the answers of every page whose key is missing from either cache (or of every page when
 * `recompute`), in `jobs` worker threads, and stores them. Returns how many pages were computed.
 */
export async function fillComparisonCaches(
  root: string,
  pages: readonly { page: BenchPage; key: string }[],
  caches: ComparisonCaches,
  options: { jobs: number; recompute: boolean; onProgress?: (done: number, total: number) => void },
): Promise<number> {
  const missing = pages.filter(
    ({ key }) => options.recompute || !caches.readability.get(key) || !caches.metascraper.get(key),
  );
  if (missing.length === 0) return 0;
  const jobs = Math.max(1, Math.min(options.jobs, missing.length));
  let done = 0;
  const workers = Array.from({ length: jobs }, (_, job) => {
    const share = missing
      .map((entry, index) => ({ index, relPath: entry.page.relPath, url: entry.page.url }))
      .filter((_, index) => index % jobs === job);
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(WORKER_BOOTSTRAP, { eval: true, workerData: { root, pages: share } });
      worker.on('message', (message: { index: number; answers: ComparisonAnswers }) => {
        const key = (missing[message.index] as { key: string }).key;
        caches.readability.set(key, message.answers.readability);
        caches.metascraper.set(key, message.answers.metascraper);
        done++;
        options.onProgress?.(done, missing.length);
        if (done % 50 === 0) saveCaches(caches);
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`comparison worker exited with ${code}`))));
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
