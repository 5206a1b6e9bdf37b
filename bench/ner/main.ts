// `npm run bench:ner`: exact-span PER/LOC/ORG F1 of the entity tagger on CoNLL++ test and UNER EWT test, and its speed, beside compromise 14's.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { loadModel, type StoredModel } from '../../src/nlp/ner/model';
import { createTagger } from '../../src/nlp/ner/tagger';
import { compromiseTags } from './compromise';
import { documentsOf, EVAL_PARTS, readParts } from './read-corpus';
import { emptyScore, microCounts, prf, SCORED_TYPES, scoreSentence, type Score } from './evaluate';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** Figures to read ours against: the corpus README and issue 3. */
const ANCHORS: Record<string, { compromise?: number; perceptron: number; target: number }> = {
  'CoNLL++ test': { compromise: 0.402, perceptron: 0.62, target: 0.75 },
  'UNER EWT test': { perceptron: 0.66, target: 0.72 },
};

const modelIndex = process.argv.indexOf('--model');
const modelPath = modelIndex >= 0 ? resolve(process.argv[modelIndex + 1] ?? '') : join(root, 'src/nlp/ner/model.json');
const raw = readFileSync(modelPath, 'utf8');
const loadStart = performance.now();
const model = loadModel(JSON.parse(raw) as StoredModel);
const loadMs = performance.now() - loadStart;
const tagger = createTagger(model);
const parts = readParts(EVAL_PARTS);
if (!parts) process.exit(0);

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
console.log(`model ${modelPath}: ${(raw.length / 1024).toFixed(0)} KiB raw, ${(gzipSync(raw, { level: 9 }).length / 1024).toFixed(0)} KiB gzipped, ` +
  `${(1 << model.bits).toLocaleString('en')} buckets, decoder ${model.decoder}, loaded in ${loadMs.toFixed(0)} ms`);

/**
 * CI's regression floors (`--check-floors`): what the shipped model reaches, rounded down. They are not the
 * issue's targets (see ANCHORS); raise them when the model improves, never lower them to pass.
 */
const FLOORS: Record<string, number> = { 'CoNLL++ test': 0.79, 'UNER EWT test': 0.72 };
const MIN_TOKENS_PER_SECOND = 100_000;
/** compromise's speed on the machine the issue's 100k target was set on ("compromise ≈ 20k"). */
const REFERENCE_COMPROMISE_SPEED = 20_000;
const reached: Record<string, number> = {};

// --no-compromise skips measuring compromise (about 20k tokens/s, so it adds seconds to the run).
const withCompromise = !process.argv.includes('--no-compromise');

function printScore(name: string, score: Score, who = 'ours'): void {
  const micro = prf(microCounts(score));
  if (who === 'ours') reached[name] = micro.f;
  const anchor = ANCHORS[name];
  console.log(`\n${name} [${who}]: PER+LOC+ORG exact-span F1 ${pct(micro.f)}  (P ${pct(micro.p)} R ${pct(micro.r)})`);
  if (anchor && who === 'ours') {
    console.log(`  anchors: ${anchor.compromise ? `compromise ${pct(anchor.compromise)} (corpus README; measured below with titles left out of names) · ` : ''}plain perceptron ≈${pct(anchor.perceptron)} · target ${pct(anchor.target)}`);
  }
  console.log('  type   gold  pred    tp      P      R     F1');
  for (const type of SCORED_TYPES) {
    const c = score.byType[type] ?? { tp: 0, predicted: 0, gold: 0 };
    const { p, r, f } = prf(c);
    console.log(`  ${type.padEnd(4)} ${String(c.gold).padStart(6)}${String(c.predicted).padStart(6)}${String(c.tp).padStart(6)}  ${pct(p)}  ${pct(r)}  ${pct(f)}`);
  }
  const columns = ['PER', 'LOC', 'ORG', 'MISC', 'O'];
  console.log('  confusion (gold rows × predicted columns; same boundaries; O = no span there):');
  console.log(`  ${'gold'.padEnd(5)}${columns.map((c) => c.padStart(6)).join('')}`);
  for (const row of columns) {
    const cells = score.confusion[row] ?? {};
    console.log(`  ${row.padEnd(5)}${columns.map((c) => (row === 'O' && c === 'O' ? '—' : String(cells[c] ?? 0)).padStart(6)).join('')}`);
  }
}

const side: string[] = [];
for (const part of parts) {
  const score = emptyScore();
  // Documents as the corpus splits them (CoNLL by -DOCSTART-, UNER by newdoc), so the tagger sees how each word is written elsewhere in its story.
  for (const doc of documentsOf(part.sentences)) {
    const predicted = tagger.tagDocument(doc.map((s) => s.tokens));
    doc.forEach((sentence, i) => scoreSentence(score, sentence.tags, predicted[i] ?? []));
  }
  printScore(part.name, score);
  if (!withCompromise) continue;
  const theirs = emptyScore();
  const start = performance.now();
  for (const sentence of part.sentences) scoreSentence(theirs, sentence.tags, compromiseTags(sentence.tokens));
  const seconds = (performance.now() - start) / 1000;
  printScore(part.name, theirs, 'compromise 14');
  const partTokens = part.sentences.reduce((sum, s) => sum + s.tokens.length, 0);
  const f1 = (s: Score) => pct(prf(microCounts(s)).f);
  const perType = (s: Score) => SCORED_TYPES.map((type) => `${type} ${pct(prf(s.byType[type] ?? { tp: 0, predicted: 0, gold: 0 }).f)}`).join(' ');
  side.push(`  ${part.name.padEnd(14)} ours ${f1(score)} (${perType(score)})   compromise ${f1(theirs)} (${perType(theirs)}, ${Math.round(partTokens / seconds).toLocaleString('en')} tokens/s)`);
}
if (side.length) console.log(`\nside by side (exact-span F1):\n${side.join('\n')}`);

const documents = parts.flatMap((part) => documentsOf(part.sentences).map((doc) => doc.map((s) => s.tokens)));
const tokens = parts.reduce((sum, part) => sum + part.sentences.reduce((n, s) => n + s.tokens.length, 0), 0);
let best = Infinity;
let compromiseBest = Infinity;
// The best of several rounds: on a shared 2-core virtual machine the same code measured 67k–99k tokens/s minutes apart,
// one round at a time; the fastest round is the code's speed, the slower ones are the neighbours'. compromise is timed
// in rounds between ours (three, it is slow), so both are measured in the same state of the machine.
const ROUNDS = 7;
const COMPROMISE_ROUNDS = withCompromise ? 3 : 0;
const sentences = parts.flatMap((part) => part.sentences.map((s) => s.tokens));
for (let round = 0; round < ROUNDS; round++) {
  const start = performance.now();
  for (const doc of documents) tagger.tagDocument(doc);
  best = Math.min(best, performance.now() - start);
  if (round >= COMPROMISE_ROUNDS) continue;
  const theirsStart = performance.now();
  for (const words of sentences) compromiseTags(words);
  compromiseBest = Math.min(compromiseBest, performance.now() - theirsStart);
}
const speed = tokens / (best / 1000);
const compromiseSpeed = tokens / (compromiseBest / 1000);
console.log(`\nthroughput: ${Math.round(speed).toLocaleString('en')} tokens/s (${tokens} tokens in ${best.toFixed(0)} ms, best of ${ROUNDS}; target ≥ 100,000)`);
if (withCompromise) {
  console.log(`compromise: ${Math.round(compromiseSpeed).toLocaleString('en')} tokens/s in the same rounds (best of ${COMPROMISE_ROUNDS}); ours is ${(speed / compromiseSpeed).toFixed(1)}× (the issue's target: 100k where compromise does about 20k, 5×)`);
}

if (process.argv.includes('--check-floors')) {
  const failures = Object.entries(FLOORS)
    .filter(([name, floor]) => (reached[name] ?? 0) < floor)
    .map(([name, floor]) => `${name} F1 ${pct(reached[name] ?? 0)} below its floor ${pct(floor)}`);
  // The target is 100k tokens/s on a machine where compromise does about 20k (issue 3). On a slower machine, or this one
  // when its neighbours are busy (the same code measured 80k–147k within an hour), the same target is 5× compromise
  // measured in the same rounds; on a machine at least as fast as that one it stays 100k.
  const slowerMachine = withCompromise && compromiseSpeed < REFERENCE_COMPROMISE_SPEED;
  const floor = slowerMachine ? MIN_TOKENS_PER_SECOND * (compromiseSpeed / REFERENCE_COMPROMISE_SPEED) : MIN_TOKENS_PER_SECOND;
  if (speed < floor) {
    failures.push(`throughput ${Math.round(speed)} tokens/s below ${Math.round(floor)}${slowerMachine ? ` (100,000 scaled to this machine: compromise ${Math.round(compromiseSpeed)} tokens/s against 20,000)` : ''}`);
  }
  for (const failure of failures) console.log(`check failed: ${failure}`);
  if (failures.length > 0) process.exit(1);
  console.log('\nregression floors: met');
}
