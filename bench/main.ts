// `npm run bench`: structure benchmarks over ../shared/corpus/structure, Newslens beside Readability and metascraper.
import { parseArgs, USAGE, type BenchOptions } from './args';
import { ResultCache } from './cache';
import { loadSet, quickSubset } from './corpus/load';
import { corpusAvailable, structureRoot } from './corpus/paths';
import type { BenchPage } from './corpus/types';
import { failureReport } from './failures';
import { writeLastRun } from './last-run';
import { checkReport, markdownReport, setReport, speedReport } from './report';
import { runPages, type PageResult } from './run-pages';
import { checkThresholds, summariseSet, summariseSpeed, type SetSummary } from './summary';
import { metascraperVersion } from './tools/metascraper';
import type { Prediction } from './tools/prediction';

async function main(): Promise<number> {
  let options: BenchOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const root = structureRoot();
  if (!corpusAvailable(root)) {
    console.log(`bench: skipped — no corpus at ${root} (set NEWSLENS_CORPUS to the folder holding structure/)`);
    return 0;
  }
  const started = performance.now();
  const cache = options.compare && options.useCache ? ResultCache.forTool<Prediction>('metascraper', metascraperVersion()) : null;
  const summaries: SetSummary[] = [];
  const allResults: PageResult[] = [];
  for (const set of options.sets) {
    let pages: BenchPage[] = loadSet(set, root, (message) => console.warn(`warning: ${message}`));
    if (options.quick) pages = quickSubset(pages);
    if (options.only) pages = pages.filter((page) => page.split === options.only);
    const setStarted = performance.now();
    const results = await runPages(pages, {
      compare: options.compare,
      metascraperCache: cache,
      root,
      onProgress: (done, total) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${set}: ${done}/${total}`);
        if (done % 100 === 0) cache?.save();
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
    cache?.save();
    const summary = summariseSet(set, results);
    summaries.push(summary);
    allResults.push(...results);
    console.log(`${setReport(summary, options.compare)}\n(${((performance.now() - setStarted) / 1000).toFixed(1)} s)\n`);
    for (const result of results.filter((r) => r.unreadable && r.page.split === 'dev')) {
      console.log(`  unreadable DEV page ${result.page.relPath}: ${result.unreadable}`);
    }
    if (options.failures > 0) console.log(`${failureReport(set, results, options.failures)}\n`);
  }
  const speed = summariseSpeed(allResults);
  console.log(`${speedReport(speed)}\n`);
  const checks = checkThresholds(summaries, speed);
  console.log(`${checkReport(checks)}\n`);
  console.log(`markdown for the closing note:\n\n${markdownReport(summaries, speed, options.compare)}\n`);
  const lastRun = writeLastRun(allResults, summaries, speed);
  console.log(`per-page results of DEV pages: ${lastRun}; total ${((performance.now() - started) / 1000).toFixed(1)} s`);
  if (options.check) {
    const failed = checks.filter((line) => line.met === false);
    for (const line of failed) console.log(`check failed: ${line.label} = ${line.value?.toFixed(3)} (target ${line.target})`);
    return failed.length > 0 ? 1 : 0;
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
