// The command line's logic, free of process globals so tests can run it in-process.
import type { Analysis } from '../src/analysis';
import type { DocumentTagger } from '../src/nlp/entities/find-entities';
import { analyzeInput } from './analyze-input';
import { parseArgs, USAGE } from './args';
import { InputError, readInput, type InputSource } from './read-input';
import { formatReport } from './report';

/** Everything the CLI needs from outside: output streams and input. */
export interface CliIo extends InputSource {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The entity tagger, loaded once before the files are read; without it entities come from rules alone. */
  loadTagger?(): DocumentTagger;
}

/** Runs `analyze` over argv (without node and script); resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.stdout(`${USAGE}\n`);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`newslens: ${parsed.message}\n${USAGE.split('\n')[0]}\nRun with --help for details.\n`);
    return 2;
  }
  const { options } = parsed;
  let tagger: DocumentTagger | null;
  try {
    tagger = io.loadTagger?.() ?? null;
  } catch (error) {
    io.stderr(`newslens: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
  let failed = false;
  for (const [index, file] of options.files.entries()) {
    const name = file === '-' ? '(stdin)' : file;
    let analysis: Analysis;
    try {
      const input = await readInput(file, io);
      analysis = analyzeInput(input, { url: options.url, plain: options.plain, tagger });
    } catch (error) {
      // One bad file never stops the batch: report it on one line and go on.
      failed = true;
      io.stderr(`newslens: ${name}: ${describe(error)}\n`);
      continue;
    }
    if (options.json) io.stdout(`${JSON.stringify({ file: name, ...analysis })}\n`);
    else io.stdout(`${index > 0 ? '\n' : ''}${formatReport(name, analysis)}\n`);
  }
  return failed ? 1 : 0;
}

function describe(error: unknown): string {
  if (error instanceof InputError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  return `could not be analysed (${message.split('\n')[0]})`;
}
