import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { parseJsonSafely } from '../../../src/structure/meta/json-safe';
import { ldScript, page } from './helpers';

const articleAt = (data: unknown, url = 'https://news.example.com/a/story') => extractMetadata(page(ldScript(data)), url);

describe('JSON-LD walking', () => {
  it('reads a NewsArticle inside @graph, resolving author and publisher references', () => {
    const meta = articleAt({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Example Times' },
        { '@type': 'NewsArticle', headline: 'Talks resume', datePublished: '2024-02-28T09:00:00+01:00', author: { '@id': '#jane' }, publisher: { '@id': '#org' } },
      ],
    });
    expect(meta.title).toBe('Talks resume');
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(meta.publisher).toBe('Example Times');
    expect(meta.publishedAt).toBe('2024-02-28T09:00:00+01:00');
  });

  it('reads arrays of scripts and types, and authors given as strings, objects, arrays or URLs', () => {
    const meta = articleAt([
      { '@type': 'BreadcrumbList', itemListElement: [] },
      {
        '@type': ['ReportageNewsArticle'],
        headline: 'Floods',
        author: ['By Ann Lee', { '@type': 'Person', name: ['John Roe'] }, 'https://news.example.com/authors/ann-lee', { '@type': 'Organization', name: 'AFP' }],
      },
    ]);
    expect(meta.authors).toEqual(['Ann Lee', 'John Roe']);
    expect(meta.wire).toEqual(['AFP']);
  });

  it('prefers the article that matches the page over related articles nested in lists', () => {
    const meta = articleAt({
      '@type': 'WebPage',
      mainEntity: { '@type': 'NewsArticle', url: 'https://news.example.com/a/story', headline: 'The story', author: { name: 'Jane Doe' } },
      relatedLink: { '@type': 'ItemList', itemListElement: [{ '@type': 'NewsArticle', headline: 'Another story', author: { name: 'Other Person' } }] },
    });
    expect(meta.title).toBe('The story');
    expect(meta.authors).toEqual(['Jane Doe']);
  });

  it('uses datePublished, not dateModified', () => {
    const meta = articleAt({ '@type': 'Article', headline: 'x', dateModified: '2024-03-02', datePublished: '2024-02-28' });
    expect(meta.publishedAt).toBe('2024-02-28');
    expect(meta.modifiedAt).toBe('2024-03-02');
  });

  it('reads schema.org types written with a prefix and repairs common JSON mistakes', () => {
    const doc = page(`<script type="application/ld+json"><!--
      { "@type": "http://schema.org/NewsArticle", "headline": "Line
break", "author": { "name": "Jane Doe" }, }
    --></script>`);
    const meta = extractMetadata(doc, null);
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(meta.title).toBe('Line break');
  });
});

describe('hostile JSON-LD', () => {
  it('ignores invalid JSON without throwing', () => {
    const doc = page('<script type="application/ld+json">{ "@type": "NewsArticle", headline: </script><meta property="og:title" content="Fallback">');
    expect(extractMetadata(doc, null).title).toBe('Fallback');
  });

  it('never pollutes Object.prototype through __proto__ or constructor keys', () => {
    const hostile = '{"@type":"NewsArticle","headline":"x","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"author":{"__proto__":{"polluted":"yes"},"name":"Jane Doe"}}';
    const meta = extractMetadata(page(`<script type="application/ld+json">${hostile}</script>`), null);
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const parsed = parseJsonSafely(hostile) as Record<string, unknown>;
    expect(Object.keys(parsed)).not.toContain('__proto__');
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
  });

  it('caps deep nesting', () => {
    const depth = 100_000;
    const deep = '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
    const started = performance.now();
    const meta = extractMetadata(page(`<script type="application/ld+json">${deep}</script><script type="application/ld+json">${'['.repeat(depth)}${']'.repeat(depth)}</script>`), null);
    expect(meta.title).toBeNull();
    expect(performance.now() - started).toBeLessThan(2_000);
    let value: unknown = parseJsonSafely(deep);
    let levels = 0;
    while (value && typeof value === 'object') {
      value = (value as Record<string, unknown>).a;
      levels += 1;
    }
    expect(levels).toBeLessThanOrEqual(33);
  });

  it('skips a script too large to be metadata', () => {
    const huge = JSON.stringify({ '@type': 'NewsArticle', headline: 'x'.repeat(5_000_000) });
    expect(extractMetadata(page(`<script type="application/ld+json">${huge}</script>`), null).title).toBeNull();
  });

  it('caps megabyte strings and huge arrays', () => {
    const long = 'x'.repeat(1_000_000);
    const data = { '@type': 'NewsArticle', headline: long, author: Array.from({ length: 20_000 }, (_, i) => ({ name: `Anna ${letters(i)}` })) };
    const started = performance.now();
    const meta = extractMetadata(page(ldScript(data)), null);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect((meta.title ?? '').length).toBeLessThanOrEqual(20_000);
    expect(meta.authors.length).toBeGreaterThan(0);
    expect(meta.authors.length).toBeLessThanOrEqual(50);
  });
});

function letters(index: number): string {
  let text = '';
  for (let rest = index + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) text = String.fromCharCode(97 + ((rest - 1) % 26)) + text;
  return text.charAt(0).toUpperCase() + text.slice(1) + 'son';
}
