// @vitest-environment jsdom
// Teaser boxes and source lines inside the story container stay out of the body text.
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
