// Bundles one of the browser benchmark's harnesses into a single script a plain page can run.
import { join } from 'node:path';
import { build } from 'esbuild';

const ROOT = join(import.meta.dirname, '..', '..');

/** `harness` is a file of bench/browser ("harness.ts"); the script sets its global when run. */
export async function pageScript(harness: string): Promise<string> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [join(ROOT, 'bench', 'browser', harness)],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
}
