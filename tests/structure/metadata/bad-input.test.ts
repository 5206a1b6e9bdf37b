import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { parse } from './helpers';

describe('metadata on bad input', () => {
  it('returns empty metadata for an empty document or binary garbage', () => {
    for (const html of ['', '\u0000\u0001\u0002\uFFFD\uFFFD', '<html>', '<head><meta></head>']) {
      const meta = extractMetadata(parse(html), null);
      expect(meta.title).toBeNull();
      expect(meta.authors).toEqual([]);
      expect(meta.publishedAt).toBeNull();
    }
  });

  it('stays fast on pages with thousands of meta tags, headings and byline-like elements', () => {
    const metas = Array.from({ length: 5_000 }, (_, i) => `<meta name="author" content="Person ${i}">`).join('');
    const body = Array.from({ length: 5_000 }, (_, i) => `<h1>Heading ${i}</h1><div class="author byline date">By Someone ${i} on 2024-02-28</div>`).join('');
    const started = performance.now();
    const meta = extractMetadata(parse(`<html><head>${metas}</head><body>${body}</body></html>`), 'https://x.example/a');
    expect(performance.now() - started).toBeLessThan(3_000);
    expect(meta.authors.length).toBeLessThanOrEqual(50);
  });

  it('ignores unusable URLs instead of throwing', () => {
    const doc = parse('<link rel="canonical" href="javascript:alert(1)"><meta property="og:image" content="data:image/png;base64,xx">');
    const meta = extractMetadata(doc, 'not a url');
    expect(meta.canonicalUrl).toBeNull();
    expect(meta.image).toBeNull();
  });
});
