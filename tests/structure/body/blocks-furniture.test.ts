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

  it('drops a short source line but keeps sentences that name a source', () => {
    expect(isFurnitureLine('Quelle: Landesregierung', 0)).toBe(true);
    expect(isFurnitureLine('Source: company figures, 2023', 0)).toBe(true);
    expect(isFurnitureLine('Source: the ministry said the plan was ready. Others disagreed.', 0)).toBe(false);
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

  it('is not taken from a paragraph after the story has started', () => {
    const html = page(`<article><h1>Headline of the story</h1><div class="content">${storyParagraphs(2)}<div class="summary"><p>In short: the council will publish the plan in the spring.</p></div></div></article>`);
    expect(extractBody(jsdomDocument(html), noHints).dek).toBeNull();
  });
});
