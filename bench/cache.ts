// A JSON file in .bench-cache/ that remembers a slow tool's answers per page (keyed by content hash + URL).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.bench-cache');

export class ResultCache<T> {
  private readonly entries: Record<string, T>;
  private dirty = false;

  constructor(private readonly file: string) {
    this.entries = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, T>) : {};
  }

  /** A cache for one tool at one version: a new version starts from an empty file. */
  static forTool<T>(toolAndVersion: string): ResultCache<T> {
    return new ResultCache<T>(join(CACHE_DIR, `${toolAndVersion.replace(/[^\w.+-]/g, '_')}.json`));
  }

  get(key: string): T | undefined {
    return Object.prototype.hasOwnProperty.call(this.entries, key) ? this.entries[key] : undefined;
  }

  set(key: string, value: T): void {
    this.entries[key] = value;
    this.dirty = true;
  }

  save(): void {
    if (!this.dirty) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(this.entries));
    this.dirty = false;
  }
}

export function pageKey(bytes: Uint8Array, url: string | null): string {
  return `${createHash('sha1').update(bytes).digest('hex')}|${url ?? ''}`;
}
