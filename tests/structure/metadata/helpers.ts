// Test helpers: parse inline HTML or a fixture page with linkedom, the DOM the CLI and benchmarks use.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';

export function parse(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

export function fixture(name: string): Document {
  return parse(readFileSync(join(__dirname, '../../fixtures/pages', name), 'utf8'));
}

/** A page whose head holds the given tags and whose body holds the given markup. */
export function page(head: string, body = '', lang = 'en'): Document {
  return parse(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
}

export function ldScript(data: unknown): string {
  return `<script type="application/ld+json">${JSON.stringify(data)}</script>`;
}
