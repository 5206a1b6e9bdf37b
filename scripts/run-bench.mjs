// `npm run bench`: every benchmark in turn under tsx — structure (bench/main.ts), the tagger (bench/ner), the entity layer (bench/entities), quotes on PolNeAR (bench/attribution), the seed's whole Analysis (bench/analysis).
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SUITES = {
  structure: 'bench/main.ts',
  ner: 'bench/ner/main.ts',
  entities: 'bench/entities/main.ts',
  quotes: 'bench/attribution/main.ts',
  analysis: 'bench/analysis/main.ts',
};
/** Flags every suite understands; the rest (--set, --quick, --failures, …) are the structure bench's own. */
const SHARED_FLAGS = new Set(['--check', '--check-floors']);

const args = process.argv.slice(2);
// --suite structure,ner runs only those; the default is all of them.
const suiteIndex = args.indexOf('--suite');
const chosen = suiteIndex >= 0 ? (args[suiteIndex + 1] ?? '').split(',').filter(Boolean) : Object.keys(SUITES);
const rest = suiteIndex >= 0 ? args.filter((_, i) => i !== suiteIndex && i !== suiteIndex + 1) : args;
const unknown = chosen.filter((name) => !(name in SUITES));
if (unknown.length > 0) {
  console.error(`bench: unknown suite ${unknown.join(', ')} (expected ${Object.keys(SUITES).join(', ')})`);
  process.exit(2);
}
if (rest.includes('--help')) {
  console.log(`npm run bench -- [--suite ${Object.keys(SUITES).join(',')}] [structure options; see below]\n`);
}

let failed = false;
for (const name of chosen) {
  const suiteArgs = name === 'structure' ? rest : rest.filter((arg) => SHARED_FLAGS.has(arg));
  if (name !== 'structure' && rest.includes('--help')) continue;
  console.log(`\n===== bench: ${name} =====`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, SUITES[name]), ...suiteArgs], { stdio: 'inherit', cwd: root });
  // One suite failing (a floor missed, a crash) never hides the others' figures.
  if (result.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
