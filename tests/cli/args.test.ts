// The command line's arguments: help, usage errors and flag placement.
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../cli/args';
import { runCli } from './harness';

describe('CLI arguments', () => {
  it('--help prints the usage and exits 0', async () => {
    for (const argv of [['--help'], ['analyze', '-h'], ['help']]) {
      const result = await runCli(argv);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^Usage: node dist\/cli\.js analyze \[--json\] \[--plain\] \[--url URL\] FILE\.\.\./);
      expect(result.stdout).toContain('--plain');
      expect(result.stderr).toBe('');
    }
  });

  it('rejects unknown options, commands and missing values with exit code 2 and a one-line reason', async () => {
    const cases: [string[], RegExp][] = [
      [['analyze', '--jsonl', 'a.html'], /unknown option "--jsonl"/],
      [['analyse', 'a.html'], /unknown command "analyse"/],
      [[], /missing command/],
      [['analyze'], /no FILE given/],
      [['analyze', '--url'], /--url needs a value/],
      [['analyze', '--url', 'example.com', 'a.html'], /--url must be an http\(s\) address/],
    ];
    for (const [argv, reason] of cases) {
      const result = await runCli(argv);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr.split('\n')[0]).toMatch(reason);
      expect(result.stdout).toBe('');
    }
  });

  it('accepts flags after files, --url=VALUE, and "--" before a file named like a flag', () => {
    expect(parseArgs(['analyze', 'a.html', '--json', '--url=https://example.com/x', '-'])).toEqual({
      kind: 'analyze',
      options: { json: true, plain: false, url: 'https://example.com/x', files: ['a.html', '-'] },
    });
    expect(parseArgs(['analyze', '--plain', '--', '--odd.txt'])).toEqual({
      kind: 'analyze',
      options: { json: false, plain: true, url: null, files: ['--odd.txt'] },
    });
  });
});
