// Loads the requested sets and picks the deterministic --quick subset.
import { loadAeb } from './aeb';
import { loadFundus } from './fundus';
import { loadHtmldate } from './htmldate';
import { fnv1a32 } from './paths';
import { loadTrafilatura } from './trafilatura';
import type { BenchPage, SetName } from './types';

const LOADERS: Record<SetName, (root: string, warn: (message: string) => void) => BenchPage[]> = {
  fundus: loadFundus,
  aeb: loadAeb,
  htmldate: loadHtmldate,
  trafilatura: loadTrafilatura,
};

/** A set whose index cannot be read is reported and skipped, never fatal. */
export function loadSet(set: SetName, root: string, warn: (message: string) => void): BenchPage[] {
  try {
    return LOADERS[set](root, warn);
  } catch (error) {
    warn(`${set}: cannot load (${error instanceof Error ? error.message : String(error)}); skipped`);
    return [];
  }
}

/** Pages per set in --quick mode. */
export const QUICK_PAGES_PER_SET = 36;

/**
 * The --quick subset: the pages with the smallest hash of "quick:" + path. The hash is independent of the
 * split parity, so both DEV and HELD-OUT pages are drawn, and the choice never changes between runs.
 */
export function quickSubset(pages: readonly BenchPage[], size = QUICK_PAGES_PER_SET): BenchPage[] {
  return [...pages]
    .map((page) => ({ page, rank: fnv1a32(`quick:${page.relPath}`) }))
    .sort((a, b) => a.rank - b.rank || a.page.relPath.localeCompare(b.page.relPath))
    .slice(0, size)
    .map((entry) => entry.page);
}
