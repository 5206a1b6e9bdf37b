// @vitest-environment jsdom
// Headline, kicker, stated reading time and dek around the headline.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { parseReadingMinutes } from '../../../src/structure/body/reading-time';
import { jsdomDocument, page, storyParagraphs } from './dom';

describe('article header', () => {
  it.each([
    ['2 MIN READ', 2],
    ['3 min read', 3],
    ['Lesezeit 3 Min.', 3],
    ['Lesezeit: ca. 4 Minuten', 4],
    ['Reading time: 6 minutes', 6],
    ['Temps de lecture : 5 min', 5],
    ['5 minutes ago', null],
    ['Updated 3 min', null],
  ])('reading time of "%s"', (text, minutes) => {
    expect(parseReadingMinutes(text)).toBe(minutes);
  });

  it('reads a kicker inside the article, above the headline, as the section and not as the story\'s first paragraph', () => {
    const html = `<main><article><p class="label">BUSINESS</p><h1>Harbour Trust opens a new terminal</h1>${storyParagraphs(3)}</article></main>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null });
    expect(body.section).toBe('BUSINESS');
    expect(body.blocks.map((block) => block.text)).not.toContain('BUSINESS');
    expect(body.blocks).toHaveLength(3);
  });

  it('reads kicker, reading time, headline and dek by class', () => {
    const html = `<main><header class="story-header"><div><a class="story-kicker" href="/politics">POLITICS</a><span class="time">4 min read</span></div>
      <h1>Harbour plan delayed again</h1><p class="standfirst">The council wants another public hearing before it votes on the harbour plan.</p></header>
      <div class="story-body">${storyParagraphs(3)}</div></main>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null });
    expect(body).toMatchObject({ title: 'Harbour plan delayed again', section: 'POLITICS', statedReadingMinutes: 4, dek: 'The council wants another public hearing before it votes on the harbour plan.' });
    expect(body.blocks).toHaveLength(3);
  });

  it('reads the dek without the style sheet a page builder puts inside its block', () => {
    const html = `<main><h1>Harbour plan delayed again</h1><div class="single-subtitle block-7"><style>.block-7 { margin-bottom: 30px !important; } @media (max-width: 767px) { .block-7 { width: 100% !important; } }</style>
      <div class="block-inner">The council wants another public hearing before it votes on the harbour plan.</div></div>
      <div class="story-body">${storyParagraphs(3)}</div></main>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null });
    expect(body.dek).toBe('The council wants another public hearing before it votes on the harbour plan.');
  });

  it('finds the dek by the meta description when its class says nothing, and picks the h1 matching the title', () => {
    const html = `<h1 class="logo">Example News</h1><div class="x1"><h1 class="x2">Harbour plan delayed again</h1><div class="x3">The council wants another public hearing before it votes.</div></div>
      <div class="x4">${storyParagraphs(3)}</div>`;
    const body = extractBody(jsdomDocument(page(html)), { title: 'Harbour plan delayed again | Example News', description: 'The council wants another public hearing before it votes.' });
    expect(body.title).toBe('Harbour plan delayed again');
    expect(body.dek).toBe('The council wants another public hearing before it votes.');
    expect(body.section).toBeNull();
    expect(body.statedReadingMinutes).toBeNull();
  });

  it('takes the sentence right under the headline as the dek when nothing else names it', () => {
    const html = `<div class="a1"><h1 class="a2">Harbour plan delayed again</h1><p class="a3">The council wants another public hearing before it votes on the plan.</p><p class="a4">Jane Doe</p></div>
      <div class="a5">${storyParagraphs(3)}</div>`;
    expect(extractBody(jsdomDocument(page(html)), { title: null, description: null }).dek).toBe('The council wants another public hearing before it votes on the plan.');
    const bylineFirst = html.replace('<p class="a3">The council wants another public hearing before it votes on the plan.</p>', '');
    expect(extractBody(jsdomDocument(page(bylineFirst)), { title: null, description: null }).dek).toBeNull();
  });
});
