// `npm run bench:browser -- --real-pages`: the reading and the marks on real news pages in Chromium — how many mentions find their place on the live page, whether the page's text stays untouched and teardown gives back its very text nodes, and how long highlighting takes.
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/lib/browsers.mjs';
import { decodeHtml } from '../../src/io/decode-html';
import { loadSet, quickSubset } from '../corpus/load';
import { corpusAvailable, readPageBytes, structureRoot } from '../corpus/paths';
import type { BenchPage, SetName, Split } from '../corpus/types';
import type { RealPageResult } from './real-page-harness';
import { modelScript, pageScript } from './page-script';
import { summarise, type Figure } from './report';

const ROOT = join(import.meta.dirname, '..', '..');
const EXTENSION = join(ROOT, 'dist', 'chrome');
const SETS: SetName[] = ['aeb', 'fundus'];
/** A page that takes longer than this (load, reading and marks) is reported as failed and the run goes on. */
const PAGE_TIMEOUT_MS = 30_000;

interface PageOutcome {
  page: BenchPage;
  result?: RealPageResult;
  error?: string;
}

/**
 * Serves one page's bytes at a time, as the site sent them, with the charset they declare. The page's
 * own scripts are refused by a Content-Security-Policy, so the page stays as its HTML has it while it is read, marked
 * and restored; the harness comes in through DevTools, which the policy does not cover.
 */
async function servePages(pages: readonly BenchPage[], root: string) {
  const server = createServer((request, response) => {
    const match = /^\/page\/(\d+)\.html$/.exec(request.url ?? '');
    const page = match ? pages[Number(match[1])] : undefined;
    if (!page) {
      response.writeHead(404).end();
      return;
    }
    try {
      const bytes = readPageBytes(root, page.relPath);
      // The charset in the header, as servers send it: a declaration the browser finds late makes Firefox load the page again.
      const type = `text/html; charset=${decodeHtml(bytes).charset}`;
      response.writeHead(200, { 'content-type': type, 'content-security-policy': "script-src 'none'", 'cache-control': 'no-store' }).end(bytes);
    } catch {
      response.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** No page reaches past this machine: every host but the local server fails at once instead of waiting on the network. */
function launch(engine: RealPagesOptions['engine'], executablePath: string) {
  if (engine === 'chromium') return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'] });
  // Firefox sends everything but the loopback to a proxy port where nothing listens.
  const nowhere = { 'network.proxy.type': 1, 'network.proxy.http': '127.0.0.1', 'network.proxy.http_port': 9, 'network.proxy.ssl': '127.0.0.1', 'network.proxy.ssl_port': 9 };
  return puppeteer.launch({ browser: 'firefox', executablePath, headless: true, extraPrefsFirefox: nowhere });
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: over ${ms} ms`)), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface RealPagesOptions {
  /** The browser the pages are read and marked in. */
  engine: 'chromium' | 'firefox';
  /** 12 pages of each set instead of all (the --quick subset of bench/corpus). */
  quick: boolean;
  /** DEV pages only (to look into what was left unplaced). */
  devOnly: boolean;
  /** Lists what was left unplaced on DEV pages (the held-out pages are for measuring, not for looking into). */
  verbose: boolean;
}

/** Reads and marks every page; a page that fails is recorded with its error and never stops the run. */
export async function runRealPages(executablePath: string, options: RealPagesOptions, log: (line: string) => void): Promise<Figure[]> {
  const root = structureRoot();
  if (!corpusAvailable(root)) {
    log(`real pages: ${root} is missing; skipped`);
    return [];
  }
  const pages = SETS.flatMap((set) => {
    const all = loadSet(set, root, log);
    return options.quick ? quickSubset(all, 12) : all;
  }).filter((page) => !options.devOnly || page.split === 'dev');
  const model = [modelScript(EXTENSION), readFileSync(join(EXTENSION, 'name-lists.js'), 'utf8')];
  const harness = await pageScript('real-page-harness.ts');
  const server = await servePages(pages, root);
  const browser = await launch(options.engine, executablePath);
  const outcomes: PageOutcome[] = [];
  try {
    for (const [index, page] of pages.entries()) {
      const tab = await browser.newPage();
      try {
        const result = await withTimeout((async () => {
          await tab.goto(`${server.origin}/page/${index}.html`, { waitUntil: 'domcontentloaded', timeout: PAGE_TIMEOUT_MS });
          for (const script of [...model, harness]) await tab.evaluate(script);
          return tab.evaluate((url) => (globalThis as unknown as { newslensRealPage: { run(url: string): Promise<RealPageResult> } }).newslensRealPage.run(url), page.url ?? `${server.origin}/page/${index}.html`);
        })(), PAGE_TIMEOUT_MS, page.relPath);
        outcomes.push({ page, result });
      } catch (error) {
        outcomes.push({ page, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) });
      } finally {
        await tab.close().catch(() => undefined);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return figuresOf(outcomes, options, log);
}

function figuresOf(outcomes: readonly PageOutcome[], { engine, verbose }: RealPagesOptions, log: (line: string) => void): Figure[] {
  const figures: Figure[] = [];
  for (const split of ['dev', 'held-out'] as Split[]) {
    const inSplit = outcomes.filter((outcome) => outcome.page.split === split);
    const done = inSplit.flatMap((outcome) => (outcome.result ? [outcome.result] : []));
    const failed = inSplit.filter((outcome) => outcome.error);
    for (const outcome of failed) log(`real pages, ${engine} (${split}): ${outcome.page.relPath}: ${outcome.error}`);
    if (split === 'dev' && verbose) {
      for (const { page, result } of inSplit) if (result?.unplaced) log(`real pages, ${engine} (dev): ${page.relPath}: ${result.unplaced} of ${result.mentions} unplaced: ${result.unplacedSamples.join(', ')}`);
    }
    if (done.length === 0) continue;
    const mentions = done.reduce((sum, r) => sum + r.mentions, 0);
    const unplaced = done.reduce((sum, r) => sum + r.unplaced, 0);
    const notRestored = inSplit.filter((outcome) => outcome.result && !outcome.result.restored).map((outcome) => outcome.page.relPath);
    const textChanged = inSplit.filter((outcome) => outcome.result && !outcome.result.textUnchanged).map((outcome) => outcome.page.relPath);
    const times = summarise(done.map((r) => r.highlightMs));
    const sorted = done.map((r) => r.highlightMs).sort((a, b) => a - b);
    const p90 = sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.9))]!;
    const pages = `${done.length} ${split} pages of aeb and fundus`;
    figures.push(
      {
        name: `real pages, ${engine} (${split}) · mentions not placed on the live page, %`,
        value: mentions ? (100 * unplaced) / mentions : 0,
        unit: '%',
        target: null,
        detail: `${unplaced} of ${mentions} mentions on ${pages}; pages with every mention placed: ${done.filter((r) => r.unplaced === 0).length}; failed pages: ${failed.length}`,
      },
      {
        name: `real pages, ${engine} (${split}) · pages whose text changed or whose teardown left a trace`,
        value: new Set([...notRestored, ...textChanged]).size,
        unit: 'pages',
        target: 1,
        detail: notRestored.length + textChanged.length ? `text changed: ${textChanged.join(', ') || 'none'}; not restored: ${notRestored.join(', ') || 'none'}` : `of ${pages}: the text the same with the marks on, and the very same text nodes back after teardown`,
      },
      {
        name: `real pages, ${engine} (${split}) · highlighting alone, median`,
        value: times.median,
        unit: 'ms',
        target: null,
        detail: `p90 ${p90.toFixed(1)} ms, max ${times.max.toFixed(1)} ms; longest task while highlighting ${Math.max(...done.map((r) => r.longestTaskMs)).toFixed(0)} ms (0: none reached 50 ms)`,
      },
    );
  }
  return figures;
}
