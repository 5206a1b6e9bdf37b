// @vitest-environment jsdom
// Article root choices beyond scoring: split stories, author boxes and comment threads, pictures inside paragraphs.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { findArticleRoot } from '../../../src/structure/body/article-root';
import { jsdomDocument, linkedomDocument, otherParagraphs, page, storyParagraphs } from './dom';

const noHints = { title: null, description: null };

describe('a story split into same-named boxes', () => {
  // One section per box, each box in a wrapper of its own with an ad slot beside it.
  const section = (id: number, paragraphs: string) =>
    `<div class="wrap"><div class="article-container"><section class="article-section" id="s${id}">${paragraphs}</section></div><aside class="rail"></aside></div><div class="ad-slot"></div>`;

  it('reads every box, in page order', () => {
    const html = page(`<article><h1>Headline</h1><div class="sections">${section(0, storyParagraphs(2, 'First'))}${section(1, storyParagraphs(5, 'Second'))}${section(2, storyParagraphs(3, 'Third'))}</div></article>`);
    for (const doc of [jsdomDocument(html), linkedomDocument(html)]) {
      const texts = extractBody(doc, noHints).blocks.map((block) => block.text.split(' ')[0]);
      expect(texts).toEqual(['First', 'First', 'Second', 'Second', 'Second', 'Second', 'Second', 'Third', 'Third', 'Third']);
    }
  });

  it('keeps to one post on a listing where every box has its own headline', () => {
    const post = (id: number, topic: string, count: number) => `<div class="post" id="post-${id}"><h2>${topic} headline</h2><div class="entry-content">${storyParagraphs(count, topic)}</div></div>`;
    const doc = jsdomDocument(page(`<div id="content">${post(1, 'First', 5)}${post(2, 'Second', 3)}</div>`));
    const texts = extractBody(doc, noHints).blocks.map((block) => block.text.split(' ')[0]);
    expect(new Set(texts)).toEqual(new Set(['First']));
  });
});

describe('regions that are never the story', () => {
  it('looks past a long author box to the shorter story', () => {
    const doc = jsdomDocument(page(`<article><div class="entry-content">${storyParagraphs(3)}</div><div class="author-bio"><div class="author-description">${otherParagraphs(6)}</div></div></article>`));
    expect(findArticleRoot(doc, null)?.main.getAttribute('class')).toBe('entry-content');
  });

  it('keeps a story whose wrapper is merely named after its comment setting', () => {
    const doc = jsdomDocument(page(`<div class="article comments-enabled"><div class="article-text">${storyParagraphs(4)}</div></div><footer><p>© 2025 The Publisher. All rights reserved.</p></footer>`));
    const blocks = extractBody(doc, noHints).blocks;
    expect(blocks).toHaveLength(4);
    expect(blocks.every((block) => block.text.startsWith('The council met'))).toBe(true);
  });
});

describe('a story beside a much longer discussion', () => {
  it('stays with the <article> when the community section below holds more text', () => {
    const members = Array.from({ length: 30 }, (_, i) => `<li class="member"><a href="/u/${i}">Member ${i}, see the profile</a><div class="post">${otherParagraphs(1).replace(/Fans/g, `Member ${i}`)}</div></li>`).join('');
    const html = page(`<div id="pages"><div class="full news"><article class="text">${storyParagraphs(4)}</article></div><div class="full community"><ul class="directory">${members}</ul></div></div>`);
    const doc = jsdomDocument(html);
    const main = findArticleRoot(doc, null)?.main;
    expect(main?.contains(doc.querySelector('article'))).toBe(true);
    expect(main?.contains(doc.querySelector('.community'))).toBe(false);
  });
});

describe('pictures inside paragraphs', () => {
  it('keeps the words of a paragraph that floats a picture', () => {
    const doc = jsdomDocument(page(`<article><h1>Headline</h1><div class="content"><p><img src="/logo.jpg" alt="">A senior official said in a sworn statement that anyone could do it, and the board will meet next week.</p>${storyParagraphs(2)}</div></article>`));
    expect(extractBody(doc, noHints).blocks[0]?.text).toMatch(/^A senior official said/);
  });
});
