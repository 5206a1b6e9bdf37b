// Where the structure corpus lives, how a page's split is decided (FNV-1a parity) and how its bytes are read.
import { existsSync, readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Split } from './types';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The corpus root: $NEWSLENS_CORPUS/structure, else ../shared/corpus/structure beside the repository. */
export function structureRoot(): string {
  const base = process.env.NEWSLENS_CORPUS ?? resolve(REPO_ROOT, '..', 'shared', 'corpus');
  return join(base, 'structure');
}

export function corpusAvailable(root = structureRoot()): boolean {
  return existsSync(root);
}

/** FNV-1a 32-bit over the UTF-8 bytes of a string. */
export function fnv1a32(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The project's split rule: DEV when the hash of the path relative to the structure root is even. */
export function splitOf(relPath: string): Split {
  return fnv1a32(relPath) % 2 === 0 ? 'dev' : 'held-out';
}

/** Reads a page's raw bytes, gunzipping when the name ends in .gz. Throws on unreadable or corrupt files. */
export function readPageBytes(root: string, relPath: string): Uint8Array {
  const raw = readFileSync(join(root, relPath));
  return relPath.endsWith('.gz') ? new Uint8Array(gunzipSync(raw)) : new Uint8Array(raw);
}

/** The first of the candidate folders that holds the file, as a path relative to the set folder. */
export function firstExisting(root: string, set: string, folders: string[], file: string): string | null {
  for (const folder of folders) {
    const rel = `${set}/${folder}/${file}`;
    if (existsSync(join(root, rel))) return rel;
  }
  return null;
}

export function readJson(root: string, relPath: string): unknown {
  return JSON.parse(readFileSync(join(root, relPath), 'utf8'));
}
