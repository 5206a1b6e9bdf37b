// `npm run bench:quotes`: quote content and quote+speaker F1 of extractQuotes on PolNeAR, beside a plain "X said" baseline.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { baselineAttributions } from './baseline';
import { ourAttributions, timing } from './ours';
import { readSplit, type PolnearDoc } from './brat-reader';
import { addCounts, emptyCounts, prf, scoreDocument, type AttributionCounts, type PredictedAttribution } from './score';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = process.env.NEWSLENS_CORPUS
  ? join(process.env.NEWSLENS_CORPUS, 'attribution', 'polnear')
  : join(root, '..', 'shared', 'corpus', 'attribution', 'polnear');

/** The targets on dev. */
const TARGETS = { content: 0.7, speaker: 0.6 };
/**
 * Regression floors for `--check-floors` on dev: what the extractor reaches, rounded down. Raise them when it
 * improves; never lower them to pass.
 */
const FLOORS = { content: 0.72, speaker: 0.64 };

const args = process.argv.slice(2);
const splitArg = args.includes('--split') ? args[args.indexOf('--split') + 1] : 'dev';
const splits = (splitArg === 'both' ? ['dev', 'train'] : [splitArg]) as ('dev' | 'train')[];
const checkFloors = args.includes('--check-floors');
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);

function run(docs: readonly PolnearDoc[], predict: (doc: PolnearDoc) => PredictedAttribution[]): { counts: AttributionCounts; ms: number } {
  const counts = emptyCounts();
  const started = performance.now();
  for (const doc of docs) addCounts(counts, scoreDocument(predict(doc), doc.gold));
  return { counts, ms: performance.now() - started };
}

function line(name: string, counts: AttributionCounts, ms: number): string {
  const c = prf(counts.content);
  const s = prf(counts.speaker);
  return `  ${name.padEnd(9)} ${pct(c.p)} ${pct(c.r)} ${pct(c.f)}   ${pct(s.p)} ${pct(s.r)} ${pct(s.f)}   ${String(counts.content.predicted).padStart(6)} ${(ms / 1000).toFixed(1).padStart(6)} s`;
}

let failed = false;
for (const split of splits) {
  const docs = readSplit(corpus, split);
  if (!docs) {
    console.log(`PolNeAR not found at ${corpus}; nothing to measure.`);
    process.exit(0);
  }
  const gold = docs.reduce((sum, d) => sum + d.gold.length, 0);
  const chars = docs.reduce((sum, d) => sum + d.text.length, 0);
  console.log(`\nPolNeAR ${split}: ${docs.length} texts, ${(chars / 1000).toFixed(0)}k chars, ${gold} gold attributions (one annotator per text: the .ann file name that sorts first)`);
  console.log('                  content overlap F1      quote + speaker F1');
  console.log('  tool          P     R     F1        P     R     F1    predicted   time');
  const baseline = run(docs, baselineAttributions);
  const ours = run(docs, ourAttributions);
  console.log(line('baseline', baseline.counts, baseline.ms));
  console.log(line('ours', ours.counts, ours.ms));
  console.log(`  ours' time: extractEntities ${(timing.entitiesMs / 1000).toFixed(1)} s, extractQuotes ${(timing.quotesMs / 1000).toFixed(2)} s ` +
    `(${((chars / 1000) / (timing.quotesMs / 1000)).toFixed(0)}k chars/s)`);
  timing.entitiesMs = 0;
  timing.quotesMs = 0;
  if (split !== 'dev') continue;
  const content = prf(ours.counts.content).f;
  const speaker = prf(ours.counts.speaker).f;
  console.log(`  targets: content ${pct(TARGETS.content)} · quote+speaker ${pct(TARGETS.speaker)}    floors: ${pct(FLOORS.content)} · ${pct(FLOORS.speaker)}`);
  if (checkFloors && (content < FLOORS.content || speaker < FLOORS.speaker)) {
    console.error(`below the floors on dev: content ${pct(content)} (floor ${pct(FLOORS.content)}), quote+speaker ${pct(speaker)} (floor ${pct(FLOORS.speaker)})`);
    failed = true;
  }
}
if (failed) process.exit(1);
