// Invalid and hostile JSON-LD through the whole CLI: no crash, no hang, no polluted prototype, the DOM still read.
import { afterEach, describe, expect, it } from 'vitest';
import { jsonLines, runCli } from '../cli/harness';

/** A small article page whose head carries the given JSON-LD script bodies. */
function pageWithJsonLd(...scripts: string[]): string {
  const tags = scripts.map((script) => `<script type="application/ld+json">${script}</script>`).join('\n');
  const paragraphs = Array.from({ length: 6 }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story says that the council met on Tuesday and agreed to fund the new bridge over the river, officials said.</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council approves bridge funding</title>${tags}</head>
<body><main><article><h1>Council approves bridge funding</h1>${paragraphs}</article></main></body></html>`;
}

const objectPrototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

async function analyse(page: string, budgetMs = 5000) {
  const started = performance.now();
  const result = await runCli(['analyze', '--json', 'page.html'], { 'page.html': page });
  const elapsed = performance.now() - started;
  expect(elapsed, 'no hang').toBeLessThan(budgetMs);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  const analysis = jsonLines(result.stdout)[0]!;
  return analysis as { isArticle: boolean; article: Record<string, unknown>; blocks: { text: string }[] };
}

afterEach(() => {
  // Nothing the page said may reach Object.prototype.
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(objectPrototypeKeys);
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'headline', 'name', 'author']) expect(probe[key], key).toBeUndefined();
});

describe('hostile JSON-LD', () => {
  it('__proto__ and constructor.prototype keys pollute nothing and are not read as fields', async () => {
    const analysis = await analyse(pageWithJsonLd(
      '{"@type":"NewsArticle","headline":"Council approves bridge funding","__proto__":{"polluted":"yes","author":{"name":"Mallory"}},' +
        '"constructor":{"prototype":{"polluted":"yes"}},"author":{"@type":"Person","name":"Jane Doe","__proto__":{"isAdmin":true}}}',
      '{"@graph":[{"__proto__":{"@type":"NewsArticle","headline":"Injected"}},{"@type":"WebPage","name":{"__proto__":{"polluted":1}}}]}',
      '[{"__proto__":[]},{"constructor":{"prototype":{"name":"x"}}}]',
    ));
    expect(analysis.article.title).toBe('Council approves bridge funding');
    expect(analysis.article.authors).toEqual(['Jane Doe']);
    expect(JSON.stringify(analysis)).not.toContain('Injected');
  });

  it('invalid JSON-LD is skipped and the page is still read from the DOM', async () => {
    const analysis = await analyse(pageWithJsonLd(
      '{"@type":"NewsArticle","headline":"Unterminated',
      '{"@type": "NewsArticle", "headline": "Trailing", }',
      '<!-- {"@type":"NewsArticle"} -->',
      'undefined',
      '',
      'null',
      '"just a string"',
      '12345',
      '{"@type":["NewsArticle",{"weird":true},null,7],"headline":{"@value":["nested"]},"author":[null,42,{"name":null},{"name":{"x":1}}],"datePublished":{"a":1}}',
    ));
    expect(analysis.article.title).toBe('Council approves bridge funding');
    expect(analysis.isArticle).toBe(true);
  });

  it('deeply nested JSON-LD (arrays and objects 100,000 levels deep) neither crashes nor hangs', async () => {
    const depth = 100_000;
    const analysis = await analyse(pageWithJsonLd(
      `${'['.repeat(depth)}${']'.repeat(depth)}`,
      `${'{"@type":"NewsArticle","author":'.repeat(depth)}"x"${'}'.repeat(depth)}`,
      `{"@graph":${'[{"@graph":'.repeat(20_000)}[]${'}]'.repeat(20_000)}}`,
    ));
    expect(analysis.article.title).toBe('Council approves bridge funding');
  });

  it('megabyte strings neither hang nor end up as the title or an author', async () => {
    const huge = 'A'.repeat(4_000_000);
    const words = 'spam '.repeat(400_000);
    const analysis = await analyse(pageWithJsonLd(
      `{"@type":"NewsArticle","headline":"${huge}","description":"${words}","author":{"@type":"Person","name":"${huge}"},"articleBody":"${words}"}`,
    ));
    expect(String(analysis.article.title).length).toBeLessThan(1000);
    expect((analysis.article.authors as string[]).every((author) => author.length < 200)).toBe(true);
  });

  it('a cycle of @id references resolves without looping', async () => {
    const analysis = await analyse(pageWithJsonLd(
      JSON.stringify({
        '@context': 'https://schema.org',
        '@graph': [
          { '@id': '#article', '@type': 'NewsArticle', headline: 'Council approves bridge funding', author: { '@id': '#jane' }, isPartOf: { '@id': '#article' }, publisher: { '@id': '#org' } },
          { '@id': '#jane', '@type': 'Person', name: 'Jane Doe', worksFor: { '@id': '#org' }, author: { '@id': '#jane' } },
          { '@id': '#org', '@type': 'NewsMediaOrganization', name: 'Riverside Gazette', parentOrganization: { '@id': '#org' }, founder: { '@id': '#jane' } },
        ],
      }),
    ));
    expect(analysis.article.authors).toEqual(['Jane Doe']);
  });

  it('thousands of JSON-LD blocks are read in bounded time', async () => {
    const block = JSON.stringify({ '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home' }] });
    const analysis = await analyse(pageWithJsonLd(...Array.from({ length: 5000 }, () => block)));
    expect(analysis.article.title).toBe('Council approves bridge funding');
  });
});
