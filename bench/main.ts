// `npm run bench`: structure benchmarks over ../shared/corpus/structure, Newslens beside Readability and metascraper.
import { availableParallelism } from 'node:os';
import { parseArgs, USAGE, type BenchOptions } from './args';
import { pageKey } from './cache';
import { fillComparisonCaches, openComparisonCaches } from './compare/pool';
import { loadSet, quickSubset } from './corpus/load';
import { corpusAvailable, structureRoot } from './corpus/paths';
import { failureReport } from './failures';
import { writeLastRun } from './last-run';
import { checkReport, markdownReport, setReport, speedReport } from './report';
import { preparePages, runPages, type PageResult } from './run-pages';
import { checkThresholds, summariseSet, summariseSpeed, type SetSummary } from './summary';
import { QUICK_FLOORS, QUICK_MAX_TIME_RATIO } from './thresholds';

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
  const comparisons = options.compare ? openComparisonCaches() : null;
  const jobs = options.jobs ?? availableParallelism();
  const summaries: SetSummary[] = [];
  const allResults: PageResult[] = [];
  for (const set of options.sets) {
    let pages = loadSet(set, root, (message) => console.warn(`warning: ${message}`));
    if (options.quick) pages = quickSubset(pages);
    if (options.only) pages = pages.filter((page) => page.split === options.only);
    const setStarted = performance.now();
    const prepared = preparePages(root, pages, pageKey);
    if (comparisons) {
      const computed = await fillComparisonCaches(
        root,
        prepared.filter((p) => !p.unreadable),
        comparisons,
        { jobs, recompute: !options.useCache, onProgress: progress(`${set}: Readability + metascraper`) },
      );
      clearProgress();
      if (computed > 0) console.log(`${set}: computed comparison answers (Readability on jsdom, metascraper) for ${computed} pages; cached`);
    }
    const results = runPages(prepared, { comparisons, root, onProgress: progress(`${set}: Newslens`) });
    clearProgress();
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
  let status = 0;
  if (options.check) {
    const failed = checks.filter((line) => line.met === false);
    for (const line of failed) console.log(`check failed: ${line.label} = ${line.value?.toFixed(3)} (target ${line.target})`);
    if (failed.length > 0) status = 1;
  }
  if (options.checkFloors) {
    if (!options.quick) throw new Error('--check-floors applies to the --quick subset only');
    const floors = checkThresholds(summaries, speed, QUICK_FLOORS, QUICK_MAX_TIME_RATIO);
    console.log(`${checkReport(floors, 'regression floors (CI, --quick subset)')}\n`);
    const failed = floors.filter((line) => line.met === false);
    for (const line of failed) console.log(`floor check failed: ${line.label} = ${line.value?.toFixed(3)} (floor ${line.target})`);
    if (failed.length > 0) status = 1;
  }
  return status;
}

function progress(label: string): (done: number, total: number) => void {
  return (done, total) => {
    if (process.stderr.isTTY) process.stderr.write(`\r${label} ${done}/${total}`);
  };
}

function clearProgress(): void {
  if (process.stderr.isTTY) process.stderr.write('\r\x1b[K');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
