// Loads the htmldate evaluation: eval_default.json and eval_mediacloud_2020.json ({url: {file, date}}).
import { firstExisting, readJson, splitOf } from './paths';
import type { BenchPage } from './types';

const INDEXES = ['eval_default.json', 'eval_mediacloud_2020.json'];
const FOLDERS = ['cache', 'eval', 'test_set'];

export function loadHtmldate(root: string, warn: (message: string) => void): BenchPage[] {
  const pages: BenchPage[] = [];
  for (const index of INDEXES) {
    const items = readJson(root, `htmldate/${index}`) as Record<string, { file: string; date?: string | null }>;
    for (const [url, item] of Object.entries(items)) {
      const relPath = firstExisting(root, 'htmldate', FOLDERS, `${item.file}.gz`);
      if (!relPath) {
        warn(`htmldate: ${item.file}.gz not found in ${FOLDERS.join(', ')}`);
        continue;
      }
      // A null date is gold too: the page has no publication date, and returning none is correct.
      const day = item.date ? item.date.slice(0, 10) : null;
      pages.push({ set: 'htmldate', relPath, url, split: splitOf(relPath), gold: { day } });
    }
  }
  return pages;
}
