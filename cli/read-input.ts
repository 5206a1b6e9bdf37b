// Reads one FILE argument into bytes: from disk or standard input, gunzipped when it is gzip data.
import { gunzipSync } from 'node:zlib';

export type InputKind = 'html' | 'text';

export interface Input {
  bytes: Uint8Array;
  kind: InputKind;
}

/** How the CLI reaches the outside world; tests pass their own. */
export interface InputSource {
  readFile(path: string): Promise<Uint8Array>;
  readStdin(): Promise<Uint8Array>;
}

/** A file that cannot be analysed; the message is shown after the file's name. */
export class InputError extends Error {}

/** Reads, decompresses and classifies one FILE ("-" is standard input). */
export async function readInput(file: string, source: InputSource): Promise<Input> {
  let bytes: Uint8Array;
  try {
    bytes = file === '-' ? await source.readStdin() : await source.readFile(file);
  } catch (error) {
    throw new InputError(readFailure(error));
  }
  const gzipped = isGzip(bytes);
  if (/\.gz$/i.test(file) && !gzipped) throw new InputError('not gzip data (the name ends in .gz)');
  if (gzipped) bytes = gunzip(bytes);
  if (bytes.length === 0) throw new InputError('empty file');
  if (looksBinary(bytes)) throw new InputError('binary data, not an HTML or text page');
  return { bytes, kind: kindOf(file, bytes) };
}

function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

function gunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'Z_BUF_ERROR') throw new InputError('truncated gzip data (the file ends before the compressed stream does)');
    throw new InputError(`corrupt gzip data (${(error as Error).message})`);
  }
}

/** .html/.htm are pages and .txt is copied text; anything else (and stdin) is judged by its first bytes. */
function kindOf(file: string, bytes: Uint8Array): InputKind {
  const name = file.replace(/\.gz$/i, '').toLowerCase();
  if (/\.(?:html?|xhtml)$/.test(name)) return 'html';
  if (name.endsWith('.txt')) return 'text';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
  return /^<(?:!doctype|html|head|body|!--|\?xml|meta|div|p\b)/i.test(head) ? 'html' : 'text';
}

/**
 * Text pages have no NUL bytes and few control characters; images, PDFs and archives have many.
 * UTF-16 pages (with a BOM) are text despite their NULs.
 */
function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
  const sample = bytes.subarray(0, 8192);
  let controls = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20 && byte !== 0x1b)) controls += 1;
  }
  return controls > sample.length * 0.02;
}

function readFailure(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES') return 'permission denied';
  return `cannot read (${(error as Error).message ?? String(error)})`;
}
