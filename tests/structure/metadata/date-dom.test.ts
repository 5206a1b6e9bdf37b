import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { page } from './helpers';

const published = (body: string, url: string | null = null, head = '') => extractMetadata(page(head, body), url).publishedAt;

describe('publication date from the DOM', () => {
  it('prefers microdata datePublished over other times on the page', () => {
    expect(published(`<h1>Headline of the story here</h1><time datetime="2024-03-01">1 March</time>
      <span itemprop="datePublished" content="2024-02-28T08:00:00+01:00">28.02.2024</span>`)).toBe('2024-02-28T08:00:00+01:00');
  });

  it('skips modification dates and takes the time under the headline over one in a sidebar', () => {
    expect(published(`<aside class="sidebar"><time datetime="2023-12-01">Dec 1</time></aside>
      <article><h1>Headline of the story here</h1><span class="updated"><time datetime="2024-03-02">Updated</time></span>
      <time datetime="2024-02-28T10:00:00Z">Feb 28</time></article>`)).toBe('2024-02-28T10:00:00Z');
  });

  it('reads a date written in a date-classed element', () => {
    expect(published('<h1>Headline of the story here</h1><div class="post-date">28. Februar 2024</div>', null, '<meta http-equiv="content-language" content="de">')).toBe('2024-02-28');
  });

  it('trusts a full date in the URL over metadata days away from it', () => {
    expect(published('', 'https://x.example/2017/7/12/story', '<meta property="article:published_time" content="2019-06-17T18:28:00+02:00">')).toBe('2017-07-12');
    expect(published('', 'https://x.example/2020/02/24/story', '<meta property="article:published_time" content="2020-02-25T02:25:54Z">')).toBe('2020-02-25T02:25:54Z');
  });
});
