// Runs metascraper (title, author, date rules) on the page's HTML and URL.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import createMetascraper from 'metascraper';
import metascraperAuthor from 'metascraper-author';
import metascraperDate from 'metascraper-date';
import metascraperTitle from 'metascraper-title';
import type { Prediction } from './prediction';

const scrape = createMetascraper([metascraperAuthor(), metascraperDate(), metascraperTitle()]);

/** metascraper needs an absolute URL; pages without one get a neutral placeholder. */
const PLACEHOLDER_URL = 'https://example.com/';

export async function runMetascraper(html: string, url: string | null): Promise<Prediction> {
  const metadata = await scrape({ html, url: url && /^https?:/i.test(url) ? url : PLACEHOLDER_URL });
  return {
    title: metadata.title ?? null,
    authors: metadata.author ? [metadata.author] : [],
    published: metadata.date ?? null,
    body: null,
    dek: null,
    credit: null,
  };
}

/** The installed version of each metascraper package, so a cache from another version is never reused. */
export function metascraperVersion(): string {
  const require = createRequire(import.meta.url);
  const names = ['metascraper', 'metascraper-author', 'metascraper-date', 'metascraper-title'];
  return names
    .map((name) => {
      const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string };
      return manifest.version;
    })
    .join('+');
}
