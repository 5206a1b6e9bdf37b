#!/usr/bin/env node
// `npm test`: builds, runs the unit tests, then the end-to-end smoke tests in real browsers; prints one total line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync, writeFileSync } from 'node:fs';

const reports = 'dist/test-results';
mkdirSync(reports, { recursive: true });

const suites = [
  { name: 'unit', args: ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/unit.json`] },
  {
    name: 'e2e',
    args: ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${reports}/e2e.json`],
  },
];
const only = process.argv.slice(2);

let passed = 0;
let failed = 0;
let skipped = 0;
// Each failure as one line (suite, file, test, first line of the message): printed last, and kept for .ci/run's own last lines.
const failures = [];

const build = spawnSync('npm', ['run', '--silent', 'build'], { stdio: 'inherit' });
if (build.status !== 0) {
  console.error('build failed: the tests need dist/');
  failed += 1;
}

for (const suite of suites) {
  if (only.length > 0 && !only.includes(suite.name)) continue;
  const result = spawnSync('npx', suite.args, { stdio: 'inherit' });
  const file = `${reports}/${suite.name}.json`;
  if (!existsSync(file)) {
    console.error(`${suite.name}: no results (exit ${result.status})`);
    failed += 1;
    failures.push(`${suite.name}: no results (exit ${result.status})`);
    continue;
  }
  const json = JSON.parse(readFileSync(file, 'utf8'));
  passed += json.numPassedTests;
  failed += json.numFailedTests;
  skipped += json.numPendingTests + (json.numTodoTests ?? 0);
  // A suite that failed to load (syntax error, crash) has no failed test but a failed run.
  if (result.status !== 0 && json.numFailedTests === 0) {
    failed += 1;
    failures.push(`${suite.name}: the run failed (exit ${result.status}) with no failed test: ${json.testResults.map((file) => file.message).filter(Boolean).join(' | ').slice(0, 300)}`);
  }
  for (const file of json.testResults) {
    for (const test of file.assertionResults) {
      if (test.status !== 'failed') continue;
      const message = (test.failureMessages[0] ?? '').split('\n')[0].slice(0, 300);
      failures.push(`${suite.name}: ${file.name.replace(`${process.cwd()}/`, '')} › ${test.fullName}: ${message}`);
    }
  }
}
if (build.status !== 0) failures.unshift('build failed');
writeFileSync(`${reports}/failures.txt`, failures.map((line) => `${line}\n`).join(''));
for (const line of failures) console.log(`FAILED ${line}`);

console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 ? 1 : 0);
