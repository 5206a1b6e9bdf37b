// Runs every tool on every page: decode, parse with linkedom, score; one bad page never stops the run.
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/io/decode-html';
import { pageKey, ResultCache } from './cache';
import { readPageBytes } from './corpus/paths';
import type { BenchPage } from './corpus/types';
import { scorePage, type PageScores } from './metrics/page-scores';
import { runMetascraper } from './tools/metascraper';
import { runOurs } from './tools/ours';
import { emptyPrediction, TOOL_FIELDS, type Prediction, type ToolName } from './tools/prediction';
import { runReadability } from './tools/readability';

export interface PageResult {
  page: BenchPage;
  /** Set when the page's bytes could not be read or decoded: the page is left out of every figure. */
  unreadable?: string;
  /** Tools that threw on this page (scored as having found nothing). */
  errors: Partial<Record<ToolName, string>>;
  scores: Partial<Record<ToolName, PageScores>>;
  predictions: Partial<Record<ToolName, Prediction>>;
  /** Structure time (ours: analyzeDocument; Readability: .parse()) on an already parsed DOM. */
  ms: Partial<Record<'ours' | 'readability', number>>;
}

export interface RunOptions {
  compare: boolean;
  metascraperCache: ResultCache<Prediction> | null;
  root: string;
  onProgress?: (done: number, total: number) => void;
}

export async function runPages(pages: readonly BenchPage[], options: RunOptions): Promise<PageResult[]> {
  const results: PageResult[] = [];
  for (const page of pages) {
    results.push(await runPage(page, options));
    options.onProgress?.(results.length, pages.length);
  }
  return results;
}

async function runPage(page: BenchPage, options: RunOptions): Promise<PageResult> {
  const result: PageResult = { page, errors: {}, scores: {}, predictions: {}, ms: {} };
  let bytes: Uint8Array;
  let html: string;
  try {
    bytes = readPageBytes(options.root, page.relPath);
    html = decodeHtml(bytes).text;
  } catch (error) {
    result.unreadable = describe(error);
    return result;
  }

  record(result, 'ours', () => {
    const { prediction, ms } = runOurs(parseHTML(html).document, page.url);
    result.ms.ours = ms;
    return prediction;
  });
  if (options.compare) {
    record(result, 'readability', () => {
      // Readability mutates the document it reads, so it gets a parse of its own.
      const { prediction, ms } = runReadability(parseHTML(html).document);
      result.ms.readability = ms;
      return prediction;
    });
    const key = pageKey(bytes, page.url);
    const cached = options.metascraperCache?.get(key);
    if (cached) {
      result.predictions.metascraper = cached;
      result.scores.metascraper = scorePage(page.gold, cached, TOOL_FIELDS.metascraper);
    } else {
      try {
        const prediction = await runMetascraper(html, page.url);
        options.metascraperCache?.set(key, prediction);
        score(result, 'metascraper', prediction);
      } catch (error) {
        result.errors.metascraper = describe(error);
        score(result, 'metascraper', emptyPrediction());
      }
    }
  }
  return result;
}

function record(result: PageResult, tool: ToolName, run: () => Prediction): void {
  let prediction: Prediction;
  try {
    prediction = run();
  } catch (error) {
    result.errors[tool] = describe(error);
    prediction = emptyPrediction();
  }
  score(result, tool, prediction);
}

function score(result: PageResult, tool: ToolName, prediction: Prediction): void {
  result.predictions[tool] = prediction;
  result.scores[tool] = scorePage(result.page.gold, prediction, TOOL_FIELDS[tool]);
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
