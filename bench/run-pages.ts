// Runs our extractor on every page (and times Readability beside it), then scores every tool; a bad page never stops the run.
import { parseHTML } from 'linkedom';
import { decodeHtml } from '../src/io/decode-html';
import type { ComparisonCaches } from './compare/pool';
import { describeError, type ToolAnswer } from './compare/answers';
import { readPageBytes } from './corpus/paths';
import type { BenchPage } from './corpus/types';
import { scorePage, type PageScores } from './metrics/page-scores';
import { runOurs } from './tools/ours';
import { emptyPrediction, TOOL_FIELDS, type Prediction, type ToolName } from './tools/prediction';
import { timeReadability } from './tools/readability';

export interface PageResult {
  page: BenchPage;
  /** Set when the page's bytes could not be read or decoded: the page is left out of every figure. */
  unreadable?: string;
  /** Tools that threw on this page (scored as having found nothing). */
  errors: Partial<Record<ToolName, string>>;
  /** How a tool's answer was obtained when unusual (Readability on linkedom where jsdom failed). */
  notes: Partial<Record<ToolName, string>>;
  scores: Partial<Record<ToolName, PageScores>>;
  predictions: Partial<Record<ToolName, Prediction>>;
  /**
   * Structure time on an already parsed linkedom DOM (ours: analyzeDocument; Readability: .parse() on its
   * own parse of the same HTML), and Readability .parse() on jsdom as cached with its answers.
   */
  ms: Partial<Record<'ours' | 'readability' | 'readabilityJsdom', number>>;
}

export interface PreparedPage {
  page: BenchPage;
  /** Content hash + URL: the comparison caches' key. */
  key: string;
  unreadable?: string;
}

export interface RunOptions {
  /** The comparison tools' cached answers; null to run ours only. */
  comparisons: ComparisonCaches | null;
  root: string;
  onProgress?: (done: number, total: number) => void;
}

export function runPages(pages: readonly PreparedPage[], options: RunOptions): PageResult[] {
  warmUp(pages, options);
  const results: PageResult[] = [];
  for (const prepared of pages) {
    results.push(runPage(prepared, options));
    options.onProgress?.(results.length, pages.length);
  }
  return results;
}

function runPage(prepared: PreparedPage, options: RunOptions): PageResult {
  const { page } = prepared;
  const result: PageResult = { page, errors: {}, notes: {}, scores: {}, predictions: {}, ms: {} };
  let html: string;
  try {
    if (prepared.unreadable) throw new Error(prepared.unreadable);
    html = decodeHtml(readPageBytes(options.root, page.relPath)).text;
  } catch (error) {
    result.unreadable = describeError(error);
    return result;
  }
  let ours: Prediction;
  try {
    const run = runOurs(parseHTML(html).document, page.url);
    result.ms.ours = run.ms;
    ours = run.prediction;
  } catch (error) {
    result.errors.ours = describeError(error);
    ours = emptyPrediction();
  }
  score(result, 'ours', { prediction: ours });
  if (options.comparisons) {
    try {
      // Readability mutates the document it reads, so it gets a parse of its own; only .parse() is timed.
      result.ms.readability = timeReadability(parseHTML(html).document);
    } catch {
      // Readability throws on a few linkedom pages; they are left out of the speed comparison only.
    }
    const readability = options.comparisons.readability.get(prepared.key) ?? NO_ANSWER;
    score(result, 'readability', readability);
    if (readability.ms !== undefined) result.ms.readabilityJsdom = readability.ms;
    score(result, 'metascraper', options.comparisons.metascraper.get(prepared.key) ?? NO_ANSWER);
  }
  return result;
}

/** A few untimed runs first, so the timings measure compiled code rather than the JIT's first pass. */
function warmUp(pages: readonly PreparedPage[], options: RunOptions): void {
  for (const prepared of pages.filter((p) => !p.unreadable).slice(0, WARM_UP_PAGES)) {
    try {
      const html = decodeHtml(readPageBytes(options.root, prepared.page.relPath)).text;
      runOurs(parseHTML(html).document, prepared.page.url);
      if (options.comparisons) timeReadability(parseHTML(html).document);
    } catch {
      // A page that fails here fails again in the timed run, where it is counted.
    }
  }
}

const WARM_UP_PAGES = 3;

/** What a page gets when its comparison worker crashed before answering: a miss, counted as an error. */
const NO_ANSWER: ToolAnswer = { prediction: emptyPrediction(), error: 'no answer (the comparison worker failed)' };

function score(result: PageResult, tool: ToolName, answer: ToolAnswer): void {
  if (answer.error) result.errors[tool] = answer.error;
  if (answer.note) result.notes[tool] = answer.note;
  result.predictions[tool] = answer.prediction;
  result.scores[tool] = scorePage(result.page.gold, answer.prediction, TOOL_FIELDS[tool]);
}

/** Reads every page once for its cache key; an unreadable file is found here and skipped later. */
export function preparePages(root: string, pages: readonly BenchPage[], keyOf: (bytes: Uint8Array, url: string | null) => string): PreparedPage[] {
  return pages.map((page) => {
    try {
      const bytes = readPageBytes(root, page.relPath);
      return { page, key: keyOf(bytes, page.url) };
    } catch (error) {
      return { page, key: '', unreadable: describeError(error) };
    }
  });
}
