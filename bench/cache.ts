// A JSON file in .bench-cache/ that remembers a slow tool's answers per page (keyed by content hash + URL).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CACHE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', '.bench-cache');

/**
 * Several engineers may run the bench at once on one work tree: saving merges with what is on disk and
 * replaces the file atomically, and an unreadable file is treated as empty rather than fatal.
 */
export class ResultCache<T> {
  private entries: Record<string, T>;
  private dirty = false;

  constructor(private readonly file: string) {
    this.entries = readEntries<T>(file);
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
    this.entries = { ...readEntries<T>(this.file), ...this.entries };
    mkdirSync(dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temporary, JSON.stringify(this.entries));
    renameSync(temporary, this.file);
    this.dirty = false;
  }
}

function readEntries<T>(file: string): Record<string, T> {
  if (!existsSync(file)) return {};
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as Record<string, T>) : {};
  } catch {
    return {};
  }
}

export function pageKey(bytes: Uint8Array, url: string | null): string {
  return `${createHash('sha1').update(bytes).digest('hex')}|${url ?? ''}`;
}
