// The real entry point as a separate process: exit codes and streams, as `node dist/cli.js` behaves.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packModel } from '../../src/nlp/ner/packed-model';

const root = fileURLToPath(new URL('../..', import.meta.url));
const outDir = mkdtempSync(join(tmpdir(), 'newslens-cli-'));
const bundle = join(outDir, 'cli.mjs');

// Bundled the way scripts/build.mjs bundles dist/cli.js (tsx would spend seconds transpiling on the fly).
beforeAll(async () => {
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
    external: ['canvas'],
  });
  // The build writes the packed weights beside dist/cli.js; the bundle reads them from beside itself.
  writeFileSync(join(outDir, 'ner-model.bin'), packModel(JSON.parse(readFileSync(join(root, 'src/nlp/ner/model.json'), 'utf8'))));
});
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('cli/main.ts as a program', () => {
  it('analyses files from disk, reports a bad one on stderr and exits 1', () => {
    const result = spawnSync(process.execPath, [bundle, 'analyze', '--json', 'tests/fixtures/trtworld/copied.txt', 'no-such-file.html'], {
      cwd: root,
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(result.stderr).toBe('newslens: no-such-file.html: no such file\n');
    expect(result.status).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!)).toMatchObject({ file: 'tests/fixtures/trtworld/copied.txt', isArticle: true });
  });

  it('reads standard input and exits 0; usage errors exit 2', () => {
    const ok = spawnSync(process.execPath, [bundle, 'analyze', '-'], { cwd: root, encoding: 'utf8', input: '<html><body><h1>Hello there world</h1></body></html>' });
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^== \(stdin\)\n/);
    const bad = spawnSync(process.execPath, [bundle, 'analyze', '--frobnicate', 'x.html'], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^newslens: unknown option "--frobnicate"/);
  });
});
