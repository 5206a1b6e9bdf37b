// Writes .bench-cache/last-run.json: figures of the run, and per-page results of DEV pages for debugging.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './cache';
import type { PageResult } from './run-pages';
import type { SetSummary, SpeedSummary } from './summary';

/** Bodies are cut here: the file is for looking things up, not for re-scoring. */
const BODY_CHARS = 2000;

/** HELD-OUT pages appear only in the aggregate figures, never one by one (benchmark discipline). */
export function writeLastRun(results: readonly PageResult[], summaries: readonly SetSummary[], speed: SpeedSummary | null): string {
  const pages = results
    .filter((r) => r.page.split === 'dev')
    .map((r) => ({
      set: r.page.set,
      file: r.page.relPath,
      url: r.page.url,
      unreadable: r.unreadable,
      errors: r.errors,
      ms: r.ms,
      gold: { ...r.page.gold, body: r.page.gold.body?.slice(0, BODY_CHARS) },
      scores: r.scores,
      predictions: Object.fromEntries(
        Object.entries(r.predictions).map(([tool, p]) => [tool, { ...p, body: p.body?.slice(0, BODY_CHARS) ?? null }]),
      ),
    }));
  const heldOut = results.length - pages.length;
  const file = join(CACHE_DIR, 'last-run.json');
  mkdirSync(CACHE_DIR, { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ date: new Date().toISOString(), summaries, speed, heldOutPagesOmitted: heldOut, pages }, null, 1));
  renameSync(temporary, file);
  return file;
}
