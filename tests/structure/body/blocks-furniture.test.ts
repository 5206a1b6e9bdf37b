// @vitest-environment jsdom
// Teaser boxes and source lines stay out of the body text; a standfirst inside the story container becomes the dek.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { isFurnitureLine } from '../../../src/structure/body/boilerplate-lines';
import { jsdomDocument, page, storyParagraphs } from './dom';

const noHints = { title: null, description: null };

describe('furniture inside the story container', () => {
  it('leaves out a teaser box of another story', () => {
    const teaser = '<div class="mod-teaser"><p>Also this week: the symposium of the graduates association discussed childcare, such as homework cafés in every district.</p></div>';
    const text = extractBody(jsdomDocument(page(`<article><div class="text">${storyParagraphs(3)}${teaser}</div></article>`)), noHints).blocks.map((block) => block.text);
    expect(text).toHaveLength(3);
  });

  it('leaves out comment, newsletter, affiliate and post-meta boxes named in other languages or spellings', () => {
    const boxes = [
      '<div id="kommentarModul"><p>Sie sind derzeit nicht angemeldet. Bitte loggen Sie sich ein, um einen Kommentar zu verfassen.</p></div>',
      '<div class="news-letter-section"><span class="lead">Jede Woche neue Geschichten aus der Region, trag dich jetzt ein und bleib dabei.</span></div>',
      '<div class="affiliate-text"><p>Geld erhalten wir, wenn Sie über die Links auf dieser Seite einen Vertrag abschließen.</p></div>',
      '<p class="postmetadata alt">Der Beitrag wurde am Mittwoch, 4. Mai 2022 um 10:15 veröffentlicht und unter Allgemein abgelegt.</p>',
    ].join('');
    const text = extractBody(jsdomDocument(page(`<article><div class="text">${storyParagraphs(3)}${boxes}</div></article>`)), noHints).blocks.map((block) => block.text);
    expect(text).toHaveLength(3);
  });

  it('keeps the words of a link wrapped in a span inside a sentence, and still drops a linked line on its own', () => {
    const sentence = '<p>The talks brought together <span class="LinkEnhancement"><a class="Link" href="/hub/marta-ruiz">Marta Ruiz</a></span> and the port authority after a week of strikes.</p>';
    const teaser = '<span class="item"><a href="/story/other">Ten things to do in the city this weekend</a></span>';
    const text = extractBody(jsdomDocument(page(`<article><div class="text">${storyParagraphs(3)}${sentence}<div>${teaser}</div></div></article>`)), noHints).blocks.map((block) => block.text);
    expect(text).toContain('The talks brought together Marta Ruiz and the port authority after a week of strikes.');
    expect(text.some((line) => line.includes('Ten things'))).toBe(false);
  });

  it('drops a short source line but keeps sentences that name a source', () => {
    expect(isFurnitureLine('Quelle: Landesregierung', 0)).toBe(true);
    expect(isFurnitureLine('Source: company figures, 2023', 0)).toBe(true);
    expect(isFurnitureLine('Source: the ministry said the plan was ready. Others disagreed.', 0)).toBe(false);
  });

  it('keeps a linked bare address the text gives, drops linked teaser lines and list labels', () => {
    expect(isFurnitureLine('http://www.openpetition.de', 1)).toBe(false);
    expect(isFurnitureLine('info@example.org', 1)).toBe(false);
    expect(isFurnitureLine('Ten things to do in the city this weekend', 1)).toBe(true);
    expect(isFurnitureLine('Das Thema könnte dich auch interessieren:', 0)).toBe(true);
    expect(isFurnitureLine('Neueste Artikel', 0)).toBe(true);
  });

  it('drops the heading of a comment section, not a sentence about comments', () => {
    expect(isFurnitureLine('Vos réactions', 0)).toBe(true);
    expect(isFurnitureLine('Kommentare (12)', 0)).toBe(true);
    expect(isFurnitureLine('Comments from the minister came later.', 0)).toBe(false);
  });

  it('drops paywall and sign-up appeals, not sentences about subscriptions', () => {
    expect(isFurnitureLine('To read this whole story, please subscribe to The Courier. You can pick a yearly plan or a weekly pass.', 0)).toBe(true);
    expect(isFurnitureLine('Already a subscriber and still seeing this note? Sign in to read the full article at once.', 0)).toBe(true);
    expect(isFurnitureLine('Sie möchten wöchentliche Produktvorstellungen? Schauen Sie mal in unseren Musiknewsletter!', 0)).toBe(true);
    expect(isFurnitureLine('The streaming service said it lost two million subscribers in the quarter, its first decline in a decade.', 0)).toBe(false);
  });
});

describe('a standfirst named as one inside the story container', () => {
  it('is the dek, and not a body paragraph', () => {
    const html = page(
      `<article class="article"><header class="head"><h1>Hunters shaken by the shooting</h1></header><div class="intro"><div class="teaser-text"><p>The association demands a quick and thorough investigation of what happened in the forest.</p></div></div><div class="content">${storyParagraphs(3)}</div></article>`,
    );
    const body = extractBody(jsdomDocument(html), noHints);
    expect(body.dek).toBe('The association demands a quick and thorough investigation of what happened in the forest.');
    expect(body.blocks).toHaveLength(3);
  });

  it('is found past a picture and a share bar, past wordless picture sources', () => {
    const picture = `<div class="article-image"><figure><picture>${'<source srcset="/a.jpg">'.repeat(50)}<img src="/a.jpg"></picture><div class="image-metadata">Thin branches left over after the trees along the road were cut back.</div></figure></div>`;
    const share = `<div class="share">${['Facebook', 'Twitter', 'Mail'].map((name) => `<a href="/s">${name}</a>`).join('')}</div>`;
    const html = page(`<article><h1>Heating with waste wood</h1>${picture}${share}<div class="content"><div itemprop="description"><p><strong>Even thin branches can be burned once they are pressed into heavy bales.</strong></p></div>${storyParagraphs(3)}</div></article>`);
    expect(extractBody(jsdomDocument(html), noHints).dek).toBe('Even thin branches can be burned once they are pressed into heavy bales.');
  });

  it('is not taken from a paragraph after the story has started', () => {
    const html = page(`<article><h1>Headline of the story</h1><div class="content">${storyParagraphs(2)}<div class="summary"><p>In short: the council will publish the plan in the spring.</p></div></div></article>`);
    expect(extractBody(jsdomDocument(html), noHints).dek).toBeNull();
  });
});
