// @vitest-environment jsdom
// Choosing the article root: paragraph density, link density, schema.org articleBody, JSON-LD articleBody.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { findArticleRoot } from '../../../src/structure/body/article-root';
import { jsdomDocument, linkedomDocument, otherParagraphs, page, storyParagraphs } from './dom';

const noHints = { title: null, description: null };

describe('article root', () => {
  it('prefers the dense story container over a sidebar of teasers with links', () => {
    const teasers = Array.from({ length: 8 }, (_, i) => `<li><a href="/s/${i}">Another story number ${i} about something else entirely, read it now</a></li>`).join('');
    const doc = jsdomDocument(page(`<div class="layout"><div id="story">${storyParagraphs(5)}</div><div class="rail"><ul>${teasers}</ul></div></div>`));
    const root = findArticleRoot(doc, null);
    expect(root?.main.getAttribute('id')).toBe('story');
    const body = extractBody(doc, noHints);
    expect(body.blocks).toHaveLength(5);
    expect(body.blocks.every((block) => block.text.startsWith('The council met'))).toBe(true);
  });

  it('trusts itemprop=articleBody over a longer comment section', () => {
    const comments = otherParagraphs(7);
    const doc = jsdomDocument(page(`<div class="wrap"><div itemprop="articleBody">${storyParagraphs(3)}</div></div><div class="wrap"><div class="thread">${comments}</div></div>`));
    const main = findArticleRoot(doc, null)?.main;
    expect(main?.contains(doc.querySelector('[itemprop="articleBody"]'))).toBe(true);
    expect(main?.contains(doc.querySelector('.thread'))).toBe(false);
  });

  it('lets the JSON-LD articleBody pick the container whose paragraphs it contains', () => {
    const story = storyParagraphs(3);
    const other = otherParagraphs(4);
    const articleBody = story.replace(/<\/?p>/g, ' ');
    const doc = jsdomDocument(page(`<div><section id="a">${other}</section></div><div><section id="b">${story}</section></div>`));
    const holds = (id: string, articleBodyHint: string | null) => findArticleRoot(doc, articleBodyHint)?.main.contains(doc.getElementById(id)) ?? false;
    expect(holds('a', null) && !holds('b', null)).toBe(true);
    expect(holds('b', articleBody) && !holds('a', articleBody)).toBe(true);
    const withJsonLd = jsdomDocument(
      page(`<div><section id="a">${other}</section></div><div><section id="b">${story}</section></div>`, `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', articleBody })}</script>`),
    );
    expect(extractBody(withJsonLd, noHints).blocks[0]?.text).toMatch(/^The council met on day 1/);
  });

  it('reads the story from JSON-LD when the DOM holds only a teaser of it', () => {
    const articleBody = Array.from({ length: 6 }, (_, i) => `Paragraph ${i + 1} of the full story tells what happened at the harbour, who was there and what they said about it.`).join('\n');
    const doc = jsdomDocument(
      page('<article><p>Paragraph 1 of the full story tells what happened at the harbour.</p><div class="paywall">Subscribe to read</div></article>', `<script type="application/ld+json">${JSON.stringify({ '@graph': [{ '@type': 'NewsArticle', articleBody }] })}</script>`),
    );
    const blocks = extractBody(doc, noHints).blocks;
    expect(blocks).toHaveLength(6);
    expect(blocks[5]?.text).toMatch(/^Paragraph 6/);
  });

  it('ignores hostile JSON-LD and keeps the prototype clean', () => {
    const hostile = `{"__proto__": {"polluted": true}, "articleBody": ${JSON.stringify('x'.repeat(50))}, "@graph": ${'['.repeat(50)}${']'.repeat(50)}}`;
    const doc = jsdomDocument(page(`<div id="s">${storyParagraphs(3)}</div>`, `<script type="application/ld+json">${hostile}</script><script type="application/ld+json">{not json</script>`));
    expect(extractBody(doc, noHints).blocks).toHaveLength(3);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('survives hostile nesting thousands of elements deep', () => {
    const deep = `${'<div>'.repeat(6000)}<p>Buried text long enough to be a paragraph of prose, if anyone could reach it.</p>${'</div>'.repeat(6000)}`;
    const doc = linkedomDocument(page(`<div id="s">${storyParagraphs(3)}</div>${deep}`));
    expect(extractBody(doc, noHints).blocks).toHaveLength(3);
  });

  it('returns no blocks for an empty page without throwing', () => {
    expect(extractBody(jsdomDocument('<html><body></body></html>'), noHints).blocks).toEqual([]);
  });
});

describe('article root on spread-out pages', () => {
  it('takes the box holding most of the prose when the best-scored box holds only a sliver of it', () => {
    // Six small boxes without commas, one intro box dense with commas: the intro scores best but holds a sliver.
    const box = (i: number) => `<div class="box"><p>Our workshop number ${i} repairs bicycles and toasters and radios every Saturday with volunteers and cake and patience</p></div>`;
    const quote = `<div class="quote"><p>${'Fixed, tested, cleaned, oiled, returned, '.repeat(8)}and happy.</p></div>`;
    const doc = jsdomDocument(page(`<div id="page"><div><div id="intro">${quote}</div></div><div><div id="boxes">${[1, 2, 3, 4, 5, 6, 7, 8, 9].map(box).join('')}</div></div></div>`));
    expect(findArticleRoot(doc, null)?.main.contains(doc.getElementById('boxes'))).toBe(true);
    const texts = extractBody(doc, noHints).blocks.map((block) => block.text);
    expect(texts.filter((text) => text.startsWith('Our workshop'))).toHaveLength(9);
  });
});

describe('class names', () => {
  it('reads BEM element names and ignores CSS-module hashes', async () => {
    const { nameParts } = await import('../../../src/structure/body/vocabulary');
    const el = (cls: string) => jsdomDocument(page(`<div class="${cls}"></div>`)).querySelector('div') as Element;
    expect(nameParts(el('sidebar-grid__content'))).toBe(' content ');
    expect(nameParts(el('article_image-container-source__rbsO4'))).toBe(' article image container source ');
    expect(nameParts(el('share-bar share-bar--dark'))).toBe(' share bar share bar ');
  });
});
