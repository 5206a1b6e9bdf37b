// The demo page the end-to-end tests open, and what the popup must show for it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../../src/analyze';
import type { Analysis } from '../../src/analysis';
import { tagDocument } from '../../src/nlp/ner';

export const ROOT = join(import.meta.dirname, '..', '..');
export const SAMPLE_FILE = join(ROOT, 'samples', 'trtworld-article.html');
export const SAMPLE_PATH = '/world/china-calls-for-closer-beijing-moscow-coordination.html';

/** What the seed article states about itself; the popup must show these whatever else changes. */
export const SAMPLE_TITLE = 'China calls for closer Beijing-Moscow coordination in Asia Pacific';
export const SAMPLE_KICKER = 'WORLD';
export const SAMPLE_DAY = 'February 28, 2024';

export function builtExtension(browser: 'chrome' | 'firefox'): string {
  const dir = join(ROOT, 'dist', browser);
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir} is missing: run \`npm run build\` first`);
  return dir;
}

/** The same parser in Node, so the test can tell that the popup shows the page's own Analysis. */
export function nodeAnalysis(url: string): Analysis {
  const { document } = parseHTML(readFileSync(SAMPLE_FILE, 'utf8'));
  return analyzeDocument(document as unknown as Document, { url, tagger: tagDocument });
}

/** "name (type)" of every entity, sorted: what the extension's tagger must find as the Node one does. */
export function entityLabels(analysis: Pick<Analysis, 'entities'>): string[] {
  return analysis.entities.map((entity) => `${entity.name} (${entity.type})`).sort();
}

/** The source lines the popup must show: every author, agency and photo credit the parser found. */
export function expectedSourceNames(analysis: Analysis): string[] {
  const { sources, article } = analysis;
  return [...sources.authors, ...(sources.publisher ? [sources.publisher] : []), ...sources.wire, ...(article.image?.credit ? [article.image.credit] : [])];
}

/** A request of the typed protocol, spelled out so it can cross into the browser in page.evaluate. */
export const PING = { newslens: 1, method: 'ping', args: {} } as const;
export const TEARDOWN = { newslens: 1, method: 'teardown', args: {} } as const;
export const ANALYZE = { newslens: 1, method: 'analyze', args: {} } as const;
