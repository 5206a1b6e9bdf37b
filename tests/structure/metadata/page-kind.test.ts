import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/analyze';
import { isSearchUrl, isSiteRoot } from '../../../src/structure/page-kind';
import { fixture, page } from './helpers';

describe('isArticle on fixture pages', () => {
  it('is false for a home page', () => {
    expect(analyzeDocument(fixture('home.html'), { url: 'https://www.example-news.com/' }).isArticle).toBe(false);
  });

  it('is false for a section listing, even at a non-root URL', () => {
    expect(analyzeDocument(fixture('section.html'), { url: 'https://www.example-news.com/world' }).isArticle).toBe(false);
  });

  it('is false for a search results page', () => {
    expect(analyzeDocument(fixture('search.html'), { url: 'https://www.example-news.com/search?q=grain+deal' }).isArticle).toBe(false);
    expect(analyzeDocument(fixture('search.html'), { url: 'https://www.example-news.com/results' }).isArticle).toBe(false);
  });

  it('is true for article pages, with and without structured data', () => {
    expect(analyzeDocument(fixture('article.html'), { url: 'https://www.example-news.com/business/2023/04/28/chile-economy-grows' }).isArticle).toBe(true);
    expect(analyzeDocument(fixture('article-dom-only.html'), { url: 'https://www.musterstadt.example/lokal/radwege-123' }).isArticle).toBe(true);
  });

  it('is false for an empty page and a page with no body', () => {
    expect(analyzeDocument(page(''), { url: 'https://x.example/a/b' }).isArticle).toBe(false);
    expect(analyzeDocument(page('<script type="application/ld+json">{"@type":"NewsArticle","headline":"x"}</script>'), { url: 'https://x.example/a/b' }).isArticle).toBe(false);
  });
});

describe('URL kinds', () => {
  it('recognises home pages', () => {
    for (const url of ['https://www.example.com', 'https://www.example.com/', 'https://www.example.com/index.html', 'https://www.example.com/en/']) expect(isSiteRoot(url)).toBe(true);
    for (const url of ['https://www.example.com/world', 'https://www.example.com/2024/02/28/story']) expect(isSiteRoot(url)).toBe(false);
  });

  it('recognises search pages', () => {
    for (const url of ['https://www.example.com/search?q=x', 'https://www.example.com/?s=grain', 'https://www.example.de/suche/?query=x']) expect(isSearchUrl(url)).toBe(true);
    for (const url of ['https://www.example.com/world/research-funding-cut', 'https://www.example.com/story?utm_source=rss']) expect(isSearchUrl(url)).toBe(false);
  });
});
