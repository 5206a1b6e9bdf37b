import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { normalizeLanguageTag } from '../../../src/structure/meta/language';
import { fixture, page } from './helpers';

describe('extractMetadata on the article fixture', () => {
  const meta = extractMetadata(fixture('article.html'), 'https://www.example-news.com/business/2023/04/28/chile-economy-grows?utm_source=x');

  it('reads people from JSON-LD and credits the agency as wire', () => {
    expect(meta.authors).toEqual(['María López']);
    expect(meta.wire).toEqual(['Reuters']);
  });

  it('keeps the publication date and offset as written, apart from the modification date', () => {
    expect(meta.publishedAt).toBe('2023-04-28T17:40:08-06:00');
    expect(meta.modifiedAt).toBe('2023-04-29T09:12:00-06:00');
  });

  it('reads title, publisher, language, canonical URL, section and image', () => {
    expect(meta.title).toBe('Chile’s economy grew 0.8% in the second quarter');
    expect(meta.publisher).toBe('Example News');
    expect(meta.language).toBe('en-US');
    expect(meta.canonicalUrl).toBe('https://www.example-news.com/business/2023/04/28/chile-economy-grows');
    expect(meta.section).toBe('Business');
    expect(meta.image).toEqual({ src: 'https://cdn.example-news.com/img/santiago-market.jpg', alt: 'Shoppers at a street market', caption: 'A street market in Santiago.', credit: null });
  });
});

describe('extractMetadata from the DOM alone', () => {
  const meta = extractMetadata(fixture('article-dom-only.html'), 'https://www.musterstadt.example/lokal/radwege-123');

  it('finds the byline and the date line under the headline', () => {
    expect(meta.authors).toEqual(['Anna Schmidt', 'Jonas Weber']);
    expect(meta.publishedAt).toBe('2024-02-28T14:05:00');
  });

  it('takes the title and the publisher from <title>', () => {
    expect(meta.title).toBe('Stadtrat beschließt neues Radwegenetz');
    expect(meta.publisher).toBe('Lokalzeitung Musterstadt');
    expect(meta.language).toBe('de');
  });
});

describe('meta tag sources', () => {
  it('reads parsely-page JSON and parsely-* tags', () => {
    const meta = extractMetadata(page('<meta name="parsely-page" content=\'{"title":"Parsely title","authors":["Jane Doe"],"pub_date":"2024-02-28T08:00:00Z"}\'>'), null);
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(meta.publishedAt).toBe('2024-02-28T08:00:00Z');
  });

  it('reads article:, dc. and sailthru. tags, ignoring author URLs', () => {
    const meta = extractMetadata(page(`
      <meta property="article:author" content="https://www.facebook.com/janedoe">
      <meta name="DC.creator" content="Doe, Jane">
      <meta name="sailthru.date" content="2024-02-28 10:05:00">
      <meta property="og:locale" content="de_AT">`, '', ''), null);
    expect(meta.authors).toEqual(['Jane Doe']);
    expect(meta.publishedAt).toBe('2024-02-28T10:05:00');
    expect(meta.language).toBe('de-AT');
  });

  it('does not take a byline that is only the publisher for an author', () => {
    const meta = extractMetadata(page('<meta property="og:site_name" content="TRT World"><meta name="author" content="TRT World">', '<h1>Headline of the story here</h1><div class="byline">By TRT World</div>'), null);
    expect(meta.authors).toEqual([]);
    expect(meta.publisher).toBe('TRT World');
  });

  it('prefers the byline in the story over bylines of teasers and comments', () => {
    const meta = extractMetadata(page('', `
      <aside class="related"><span class="author">By Other Writer</span></aside>
      <article><h1>Headline of the story here</h1><p class="byline">By <a rel="author" href="/a/jane">Jane Doe</a></p><p>Text.</p></article>
      <div class="comments"><span class="comment-author">Troll Person</span></div>`), null);
    expect(meta.authors).toEqual(['Jane Doe']);
  });

  it('reads a byline from a link to the author page when class names are hashed', () => {
    const meta = extractMetadata(page('', `<h1 class="css-f96bf0">Headline of the story here</h1>
      <div class="css-1x2y"><a class="css-a7" href="/author/sadiq-s-bhat"><img alt="Sadiq S Bhat" src="a.jpg"></a>
      <a class="css-03" href="/author/sadiq-s-bhat">Sadiq S Bhat</a><span class="css-39">February 28, 2024</span></div>`), null);
    expect(meta.authors).toEqual(['Sadiq S Bhat']);
    expect(meta.publishedAt).toBe('2024-02-28');
  });

  it('falls back to the date in the URL, then to a date written in the text', () => {
    expect(extractMetadata(page(''), 'https://x.example/2024/02/28/story').publishedAt).toBe('2024-02-28');
    expect(extractMetadata(page('', '<h1>Headline of the story here</h1><p>Posted on Friday, December 23, 2016 by Jane</p>'), null).publishedAt).toBe('2016-12-23');
  });
});

describe('normalizeLanguageTag', () => {
  it('writes BCP 47 tags', () => {
    expect(normalizeLanguageTag('en_US')).toBe('en-US');
    expect(normalizeLanguageTag('EN-gb')).toBe('en-GB');
    expect(normalizeLanguageTag('zh-hans-cn')).toBe('zh-Hans-CN');
    expect(normalizeLanguageTag('de, en')).toBe('de');
    expect(normalizeLanguageTag('x-default')).toBeNull();
    expect(normalizeLanguageTag('')).toBeNull();
  });
});
