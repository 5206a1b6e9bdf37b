// `npm run bench:browser`: highlighting speed in real Chromium — toolbar click to highlights on the seed page, and highlighting alone on the seed page and on a 1 MB page.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath, firefoxPath } from '../../scripts/lib/browsers.mjs';
import { launchWithExtension } from '../../scripts/lib/chromium-extension.mjs';
import { serveFiles } from '../../scripts/lib/serve.mjs';
import { timeExtensionFlow, type FlowTiming } from './extension-flow';
import { generateLargePage } from './generate-page';
import { runRealPages } from './real-pages';
import type { AnalysisTiming, HighlightTiming } from './harness';
import { modelScript, pageScript } from './page-script';
import { printFigures, summarise, type Figure } from './report';

const ROOT = join(import.meta.dirname, '..', '..');
const SAMPLE_FILE = join(ROOT, 'samples', 'trtworld-article.html');
const EXTENSION = join(ROOT, 'dist', 'chrome');
const quick = process.argv.includes('--quick');
// The first click flow finds the background just started (its reader not ready); the others find it ready.
const RUNS = { flow: quick ? 3 : 6, asleep: quick ? 2 : 4, cold: quick ? 2 : 4, seed: quick ? 5 : 20, large: quick ? 2 : 5 };

type BenchWindow = typeof globalThis & {
  newslensBench: {
    analyze(): Promise<AnalysisTiming>;
    highlight(): Promise<HighlightTiming>;
    unhighlight(): number;
    longTasksWhileHighlighting(): Promise<number[]>;
  };
};

/** Loads a page in plain Chromium with the tagger's weights, the name lists and the harness, analyses it, then highlights it `runs` times. */
async function timeHighlighting(page: Page, url: string, harness: string, runs: number) {
  await page.goto(url, { waitUntil: 'load' });
  for (const script of [modelScript(EXTENSION), readFileSync(join(EXTENSION, 'name-lists.js'), 'utf8')]) await page.addScriptTag({ content: script });
  await page.addScriptTag({ content: harness });
  // Their globals stay; their 5 MB of text leaves the page, where the extension never puts it (it would be serialised and read).
  await page.evaluate(() => document.querySelectorAll('script:not([src])').forEach((script) => (script.textContent?.length ?? 0) > 100_000 && script.remove()));
  const analysis = await page.evaluate(() => (globalThis as BenchWindow).newslensBench.analyze());
  const timings: HighlightTiming[] = [];
  const unhighlights: number[] = [];
  for (let run = 0; run < runs; run++) {
    timings.push(await page.evaluate(() => (globalThis as BenchWindow).newslensBench.highlight()));
    unhighlights.push(await page.evaluate(() => (globalThis as BenchWindow).newslensBench.unhighlight()));
  }
  // Long tasks during highlighting only (the analysis's stages are reported on their own).
  const longTasks = await page.evaluate(() => (globalThis as BenchWindow).newslensBench.longTasksWhileHighlighting());
  return { analysis, timings, unhighlights, longTasks };
}

/** The page's own part of a reading against the 50 ms of a long task; the background's reading as detail. */
function analysisFigure(page: string, timing: AnalysisTiming): Figure {
  const observed = timing.longTasksMs.length ? `long tasks the browser saw: ${timing.longTasksMs.map((ms) => ms.toFixed(0)).join(', ')} ms` : 'the browser saw no long task';
  return {
    name: `${page} · the page's part of a reading (serialising itself for the background), longest task`,
    value: Math.max(timing.serialiseMs, ...timing.longTasksMs),
    unit: 'ms',
    target: 50,
    detail: `serialising ${timing.serialiseMs.toFixed(1)} ms, ${observed}; the background's reader, timed here: prepare ${timing.prepareMs.toFixed(0)} ms, first page ${timing.firstPageMs.toFixed(0)} ms to the entities + ${timing.firstRestMs.toFixed(0)} ms for the rest, a later page ${timing.laterPageMs.toFixed(0)} + ${timing.laterRestMs.toFixed(0)} ms; ${timing.blocks} blocks, ${timing.entities} entities, ${timing.mentions} mentions`,
  };
}

async function main(): Promise<void> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('Chromium is not installed (/usr/lib/chromium/chromium): apt-get install chromium');
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('dist/chrome is missing: run `npm run build` first');
  // --real-pages: the corpus's real pages alone (see real-pages.ts).
  if (process.argv.includes('--real-pages')) {
    const engine = process.argv.includes('--firefox') ? 'firefox' : 'chromium';
    const browserPath = engine === 'firefox' ? firefoxPath() : executablePath;
    if (!browserPath) throw new Error('Firefox is not installed (/usr/lib/firefox-esr/firefox-esr): apt-get install firefox-esr');
    const options = { engine, quick, devOnly: process.argv.includes('--dev-only'), verbose: process.argv.includes('--verbose') } as const;
    const figures = await runRealPages(browserPath, options, (line) => console.warn(line));
    if (figures.length > 0) printFigures(figures);
    if (process.argv.includes('--check') && figures.some((f) => f.target !== null && f.value > f.target)) process.exitCode = 1;
    return;
  }

  const largeFile = join(mkdtempSync(join(tmpdir(), 'newslens-bench-')), 'large.html');
  const large = generateLargePage();
  writeFileSync(largeFile, large);
  const server = await serveFiles({ '/seed.html': SAMPLE_FILE, '/large.html': largeFile });
  const figures: Figure[] = [];
  try {
    const harness = await pageScript('harness.ts');
    const plain = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
    try {
      const page = await plain.newPage();
      const seed = await timeHighlighting(page, `${server.origin}/seed.html`, harness, RUNS.seed);
      const big = await timeHighlighting(page, `${server.origin}/large.html`, harness, RUNS.large);
      const seedTotal = summarise(seed.timings.map((t) => t.totalMs));
      const bigTotal = summarise(big.timings.map((t) => t.totalMs));
      const seedPainted = summarise(seed.timings.map((t) => t.paintedMs));
      const bigPainted = summarise(big.timings.map((t) => t.paintedMs));
      figures.push(
        { name: `seed page · highlighting alone (${seed.timings[0]!.marks} marks, ${seed.timings[0]!.unplaced} unplaced), median of ${RUNS.seed}`, value: seedTotal.median, unit: 'ms', target: 16, detail: `first ${seedTotal.first.toFixed(1)} ms, max ${seedTotal.max.toFixed(1)} ms; to the next painted frame median ${seedPainted.median.toFixed(1)} ms; unhighlight median ${summarise(seed.unhighlights).median.toFixed(2)} ms` },
        { name: `1 MB page (${(Buffer.byteLength(large) / 1e6).toFixed(2)} MB, 5,000 paragraphs, ${big.timings[0]!.marks} marks, ${big.timings[0]!.unplaced} unplaced) · highlighting alone, median of ${RUNS.large}`, value: bigTotal.median, unit: 'ms', target: 200, detail: `first ${bigTotal.first.toFixed(1)} ms; to the next painted frame median ${bigPainted.median.toFixed(1)} ms; highlight() call itself median ${summarise(big.timings.map((t) => t.syncMs)).median.toFixed(1)} ms; unhighlight median ${summarise(big.unhighlights).median.toFixed(1)} ms` },
        { name: '1 MB page · longest task while highlighting (script and layout)', value: Math.max(0, ...big.longTasks), unit: 'ms', target: 50, detail: big.longTasks.length ? `${big.longTasks.length} long tasks over ${RUNS.large} runs: ${big.longTasks.map((t) => t.toFixed(0)).join(', ')} ms` : 'no task reached 50 ms' },
        { name: 'seed page · longest task while highlighting', value: Math.max(0, ...seed.longTasks), unit: 'ms', target: 50, detail: seed.longTasks.length ? `${seed.longTasks.length} long tasks` : 'no task reached 50 ms' },
        analysisFigure('seed page', seed.analysis),
        analysisFigure('1 MB page', big.analysis),
      );
    } finally {
      await plain.close();
    }

    // --highlight-only: the harness figures alone, without the extension's click flow.
    if (process.argv.includes('--highlight-only')) return;
    const { browser, extensionId } = await launchWithExtension({ executablePath, extensionDir: EXTENSION });
    try {
      // As a user's browser has it by the first click: installed a while ago, its background started and idle.
      await browser.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`));
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const flows: FlowTiming[] = [];
      for (let run = 0; run < RUNS.flow; run++) flows.push(await timeExtensionFlow(browser, extensionId, `${server.origin}/seed.html`));
      const asleep: FlowTiming[] = [];
      for (let run = 0; run < RUNS.asleep; run++) asleep.push(await timeExtensionFlow(browser, extensionId, `${server.origin}/seed.html`, { stopBackground: true }));
      const cold: FlowTiming[] = [];
      for (let run = 0; run < RUNS.cold; run++) cold.push(await timeExtensionFlow(browser, extensionId, `${server.origin}/seed.html`, { stopBackground: true, closeReader: true }));
      // When the popup itself shows, beside the marks (the browser creates its page on the extension's busy thread).
      const popupPaint = (runs: FlowTiming[]) => {
        const painted = runs.map((f) => f.clickToPopupPaintMs).filter((ms): ms is number => ms !== null);
        return painted.length ? `; the popup's first paint median ${summarise(painted).median.toFixed(0)} ms after the click` : '; the popup painted nothing within 2 s';
      };
      figures.push(
        { name: `seed page · toolbar click to highlights, the reader ready (it read a page before), median of ${RUNS.flow - 1}`, value: summarise(flows.slice(1).map((f) => f.clickToMarksMs)).median, unit: 'ms', target: 150, detail: `runs ${flows.slice(1).map((f) => f.clickToMarksMs.toFixed(0)).join(', ')} ms; ${flows[0]!.marks} marks; the worker injects content.js (45 KB), the page sends its HTML, the reader's document reads it, while the popup opens${popupPaint(flows.slice(1))}` },
        { name: `seed page · toolbar click with the worker stopped (as after 30 s idle), the reader's document open (within 15 min of a reading), median of ${RUNS.asleep}`, value: summarise(asleep.map((f) => f.clickToMarksMs)).median, unit: 'ms', target: 150, detail: `runs ${asleep.map((f) => f.clickToMarksMs.toFixed(0)).join(', ')} ms: the browser starts the worker (17 KB), which passes the page to the reader${popupPaint(asleep)}` },
        { name: "seed page · the first toolbar click after install (the reader's document opened at install)", value: flows[0]!.clickToMarksMs, unit: 'ms', target: 150, detail: 'one run: the worker opened the document when the extension was installed, and it got ready; this is its first page' },
        { name: `seed page · toolbar click with nothing running (the first after the browser starts, or 15 min after the last reading), median of ${RUNS.cold}`, value: summarise(cold.map((f) => f.clickToMarksMs)).median, unit: 'ms', target: 150, detail: `runs ${cold.map((f) => f.clickToMarksMs.toFixed(0)).join(', ')} ms: the worker starts (~45 ms) and opens the document (~45 ms), which loads 2 MB of scripts (name lists, reader.js; ~90 ms) and reads the page with its code cold (~110 ms)${popupPaint(cold)}` },
        { name: `seed page · popup's request to highlights in a page read before (inject + highlight), median of ${RUNS.flow}`, value: summarise(flows.map((f) => f.requestToMarksMs)).median, unit: 'ms', target: 150, detail: `runs ${flows.map((f) => f.requestToMarksMs.toFixed(0)).join(', ')} ms; of which injecting the scripts median ${summarise(flows.map((f) => f.injectMs)).median.toFixed(0)} ms, the highlight request (structure, the background's reading, marks) median ${summarise(flows.map((f) => f.highlightRequestMs)).median.toFixed(0)} ms` },
        { name: 'seed page · longest task on the page during the click flow', value: Math.max(...[...flows, ...asleep, ...cold].map((f) => f.longestTaskMs)), unit: 'ms', target: 50, detail: `per run ${[...flows, ...asleep, ...cold].map((f) => f.longestTaskMs.toFixed(0)).join(', ')} ms` },
      );
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
    printFigures(figures);
  }
  if (process.argv.includes('--check') && figures.some((f) => f.target !== null && f.value > f.target)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(`bench:browser: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
