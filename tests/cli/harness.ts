// Runs the CLI in-process over an in-memory file system and captures what it prints.
import { readFileSync } from 'node:fs';
import { tagDocument } from '../../src/nlp/ner';
import { run } from '../../cli/main';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export const SAMPLE_HTML = readFileSync(new URL('../../samples/trtworld-article.html', import.meta.url));
export const SEED_TEXT = readFileSync(new URL('../fixtures/trtworld/copied.txt', import.meta.url));

/** Runs `argv` with `files` as the only readable files; anything else does not exist. */
export async function runCli(argv: string[], files: Record<string, Uint8Array | string> = {}, stdin: Uint8Array | string = ''): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const bytes = (value: Uint8Array | string) => (typeof value === 'string' ? new TextEncoder().encode(value) : value);
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const file = files[path];
      if (file === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
      return bytes(file);
    },
    readStdin: async () => bytes(stdin),
    // The process loads the packed weights (cli/shipped-tagger.ts); in-process the trained model is the same tagger.
    loadTagger: () => tagDocument,
  });
  return { code, stdout, stderr };
}

/** The JSON Lines output as objects. */
export function jsonLines(stdout: string): Record<string, unknown>[] {
  return stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
}
