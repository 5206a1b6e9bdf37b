// Command-line arguments of `newslens analyze`: flags, files, and the help text.

export const USAGE = `Usage: node dist/cli.js analyze [--json] [--plain] [--url URL] FILE...

Analyses news pages and prints what Newslens finds: the article's structure (title, kicker, byline,
date, dek, image, body, related links, wire), its sources, and the facts, entities and quotes.

  FILE        .html or .htm (a page), .txt (text copied from a page), optionally gzipped (.gz);
              - reads standard input. The charset is read from the bytes (BOM, <meta charset>).
  --json      one Analysis per line (JSON Lines), each with a "file" field, in argument order
  --plain     read .txt files as plain text: every non-empty line is one paragraph
  --url URL   the page's address (for canonical links and relative hrefs)
  -h, --help  show this help

Exit codes: 0 all files analysed; 1 a file could not be read or parsed (the others are still
analysed); 2 the command line itself is wrong.`;

export interface AnalyzeArgs {
  json: boolean;
  plain: boolean;
  url: string | null;
  files: string[];
}

export type ParsedArgs = { kind: 'help' } | { kind: 'analyze'; options: AnalyzeArgs } | { kind: 'usage-error'; message: string };

/** Reads argv (without node and the script path). Flags may come before or after the files; "--" ends flags. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command (expected "analyze")' };
  const beforeFileMarker = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (beforeFileMarker.some((arg) => arg === '-h' || arg === '--help' || arg === 'help')) return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { kind: 'usage-error', message: `unknown command "${command}" (expected "analyze")` };

  const options: AnalyzeArgs = { json: false, plain: false, url: null, files: [] };
  let flagsEnded = false;
  for (let index = 0; index < rest.length; index += 1) {
    const arg = rest[index]!;
    if (flagsEnded || arg === '-' || !arg.startsWith('-')) {
      options.files.push(arg);
    } else if (arg === '--') {
      flagsEnded = true;
    } else if (arg === '--json') {
      options.json = true;
    } else if (arg === '--plain') {
      options.plain = true;
    } else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? rest[(index += 1)] : arg.slice('--url='.length);
      if (!value) return { kind: 'usage-error', message: '--url needs a value' };
      if (!/^https?:\/\/\S+$/i.test(value)) return { kind: 'usage-error', message: `--url must be an http(s) address, not "${value}"` };
      options.url = value;
    } else {
      return { kind: 'usage-error', message: `unknown option "${arg}"` };
    }
  }
  if (options.files.length === 0) return { kind: 'usage-error', message: 'no FILE given (use - to read standard input)' };
  return { kind: 'analyze', options };
}
