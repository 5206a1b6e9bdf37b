// Installed versions of the comparison tools: a cache made with other versions is never reused.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function versionOf(name: string): string {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
  return manifest.version;
}

export function readabilityCacheVersion(): string {
  return `readability-${versionOf('@mozilla/readability')}-jsdom-${versionOf('jsdom')}`;
}

export function metascraperCacheVersion(): string {
  const names = ['metascraper', 'metascraper-author', 'metascraper-date', 'metascraper-title'];
  // "published": the date is datePublished ?? date (see metascraper.ts); answers under the old rule are not reused.
  return `metascraper-${names.map(versionOf).join('+')}-published`;
}
