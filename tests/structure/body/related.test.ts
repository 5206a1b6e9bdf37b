// @vitest-environment jsdom
// Related stories: lists labelled Explore/Related/Read more, by heading or by class, with absolute links.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { jsdomDocument, page, storyParagraphs } from './dom';

const items = (n: number) => Array.from({ length: n }, (_, i) => `<li><a href="/world/story-${i}">Story number ${i} about the harbour and the council</a></li>`).join('');

describe('related links', () => {
  it('collects a list under an "Explore" heading, with absolute hrefs, and keeps it out of the body', () => {
    const html = `<main><div class="c1">${storyParagraphs(3)}</div><div class="c2"><h2>Explore</h2><ol>${items(4)}</ol></div></main>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null, url: 'https://news.example.com/a/1' });
    expect(body.related).toHaveLength(4);
    expect(body.related[0]).toEqual({ title: 'Story number 0 about the harbour and the council', href: 'https://news.example.com/world/story-0' });
    expect(body.blocks.map((block) => block.text).join(' ')).not.toContain('Story number');
  });

  it('collects a "related" region by class and "Read more:" lines inside the body', () => {
    const html = `<article><div class="article-body">${storyParagraphs(3)}<p>Also read: <a href="https://news.example.com/b/2">Mayor resigns after harbour vote</a></p></div>
      <section class="related-articles"><ul>${items(2)}</ul></section></article>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null, url: 'https://news.example.com/a/1' });
    expect(body.related.map((item) => item.title)).toEqual(['Story number 0 about the harbour and the council', 'Story number 1 about the harbour and the council', 'Mayor resigns after harbour vote']);
    expect(body.blocks).toHaveLength(3);
  });

  it('does not take the site navigation for related stories', () => {
    const html = `<nav class="main-menu"><h2>More from Example News</h2><ul>${items(5)}</ul></nav><div class="c1">${storyParagraphs(3)}</div>`;
    expect(extractBody(jsdomDocument(page(html)), { title: null, description: null }).related).toEqual([]);
  });
});
