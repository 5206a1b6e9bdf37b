// Bad input through the whole CLI: empty, binary, truncated or mislabelled gzip, body-less and deeply nested pages.
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { jsonLines, runCli, SAMPLE_HTML, SEED_TEXT } from '../cli/harness';

const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x01,
  0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41,
  0x54, 0x78, 0x9c, 0x63, 0xf8, 0xcf, 0xc0, 0xf0, 0x1f, 0x00, 0x05, 0x00, 0x01, 0xff, 0x89, 0x99, 0x3d, 0x1d, 0x00, 0x00,
  0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82,
]);
const gzippedSample = gzipSync(SAMPLE_HTML);

/** Runs one file and expects a one-line error naming it, with nothing on stdout and exit code 1. */
async function expectFileError(name: string, bytes: Uint8Array | string, reason: RegExp): Promise<void> {
  const result = await runCli(['analyze', '--json', name], { [name]: bytes });
  expect(result.code, name).toBe(1);
  expect(result.stdout).toBe('');
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]!.startsWith(`newslens: ${name}: `)).toBe(true);
  expect(lines[0]).toMatch(reason);
}

/** Runs one page and expects an Analysis that is not an article (and no error). */
async function expectNotArticle(name: string, content: string): Promise<void> {
  const result = await runCli(['analyze', '--json', name], { [name]: content });
  expect(result.stderr, name).toBe('');
  expect(result.code).toBe(0);
  expect(jsonLines(result.stdout)[0]).toMatchObject({ file: name, isArticle: false });
}

describe('bad files', () => {
  it('an empty file, or an empty gzip, is a clear error', async () => {
    await expectFileError('empty.html', '', /empty file/);
    await expectFileError('empty.txt', new Uint8Array(), /empty file/);
    await expectFileError('empty.html.gz', gzipSync(new Uint8Array()), /empty file/);
  });

  it('binary data is a clear error whatever the file is called', async () => {
    await expectFileError('image.html', PNG, /binary data/);
    await expectFileError('image.txt', PNG, /binary data/);
    await expectFileError('image.png', PNG, /binary data/);
    await expectFileError('image.html.gz', gzipSync(PNG), /binary data/);
  });

  it('a truncated gzip is a clear error', async () => {
    await expectFileError('cut.html.gz', gzippedSample.subarray(0, Math.floor(gzippedSample.length / 2)), /truncated gzip/);
    await expectFileError('header-only.html.gz', gzippedSample.subarray(0, 10), /truncated gzip/);
  });

  it('corrupt or mislabelled gzip is a clear error', async () => {
    const corrupt = Uint8Array.from(gzippedSample);
    corrupt.fill(0x41, 20, 200);
    await expectFileError('corrupt.html.gz', corrupt, /corrupt gzip/);
    await expectFileError('plain.html.gz', SAMPLE_HTML, /not gzip data/);
  });

  it('pages with no body, or no article in the body, are read as non-articles', async () => {
    await expectNotArticle('head-only.html', '<!DOCTYPE html><html><head><title>Nothing here</title><meta property="og:type" content="article"></head></html>');
    await expectNotArticle('empty-body.html', '<html><head><title>x</title></head><body></body></html>');
    await expectNotArticle('whitespace.html', '  \n\t  ');
    await expectNotArticle('frameset.html', '<html><head><title>Frames</title></head><frameset cols="50%,50%"><frame src="a.html"><frame src="b.html"></frameset></html>');
    await expectNotArticle('nav-only.html', `<html><body><nav>${'<a href="/x">Section</a>'.repeat(200)}</nav></body></html>`);
    await expectNotArticle('blank.txt', '\n\n   \n');
  });

  it('a deeply nested page gives an Analysis or a clear error, never a crash', async () => {
    const depth = 5000;
    const page = `<html><body><h1>Deep page</h1>${'<div>'.repeat(depth)}<p>Deep text.</p>${'</div>'.repeat(depth)}</body></html>`;
    const result = await runCli(['analyze', '--json', 'deep.html'], { 'deep.html': page });
    if (result.code === 0) expect(jsonLines(result.stdout)[0]).toMatchObject({ file: 'deep.html' });
    else expect(result.stderr).toMatch(/^newslens: deep\.html: .+\n$/);
  });

  it('one broken file never stops the batch: every good file is analysed, in order', async () => {
    const files = {
      'good-1.html': SAMPLE_HTML,
      'empty.html': '',
      'image.html': PNG,
      'cut.html.gz': gzippedSample.subarray(0, 100),
      'good-2.txt': SEED_TEXT,
      'good-3.html.gz': gzippedSample,
    };
    const names = ['good-1.html', 'empty.html', 'missing.html', 'image.html', 'cut.html.gz', 'good-2.txt', 'good-3.html.gz'];
    const result = await runCli(['analyze', '--json', ...names], files);
    expect(result.code).toBe(1);
    expect(jsonLines(result.stdout).map((line) => line.file)).toEqual(['good-1.html', 'good-2.txt', 'good-3.html.gz']);
    expect(result.stderr.trimEnd().split('\n').map((line) => line.split(':')[1]?.trim())).toEqual([
      'empty.html',
      'missing.html',
      'image.html',
      'cut.html.gz',
    ]);
    // Without --json the same batch still prints a report for each good file.
    const readable = await runCli(['analyze', ...names], files);
    expect(readable.stdout.match(/^== .+$/gm)).toEqual(['== good-1.html', '== good-2.txt', '== good-3.html.gz']);
    expect(readable.code).toBe(1);
  });
});
