// Bundles one of the browser benchmark's harnesses into a single script a plain page can run, and hands a page the tagger's weights.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { NER_MODEL_FILE } from '../../src/injected-scripts';
import { PAGE_MODEL_GLOBAL } from './page-model';

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

/** A script that leaves the built extension's weights in a page's global scope as base64, for pageTagger (page-model.ts). */
export function modelScript(extensionDir: string): string {
  const base64 = readFileSync(join(extensionDir, NER_MODEL_FILE)).toString('base64');
  return `globalThis[Symbol.for(${JSON.stringify(PAGE_MODEL_GLOBAL)})]=${JSON.stringify(base64)};\n`;
}
