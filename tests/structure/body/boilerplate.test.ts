// @vitest-environment jsdom
// Boilerplate inside and around the story never reaches the body blocks.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { isFurnitureLine } from '../../../src/structure/body/boilerplate-lines';
import { jsdomDocument, page, storyParagraphs } from './dom';

const noHints = { title: null, description: null };
const texts = (html: string) => extractBody(jsdomDocument(page(html)), noHints).blocks.map((block) => block.text);

describe('boilerplate removal', () => {
  it('drops share bars, newsletter boxes, ads, cookie banners and in-body recommendation cards', () => {
    const html = `
      <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
      <article>
        <div class="story-body">
          ${storyParagraphs(2)}
          <div class="share-tools"><a href="https://twitter.com/intent/tweet">Share on X</a> <button>Copy link</button></div>
          <div class="ad-slot">Advertisement</div>
          <div class="newsletter-signup"><p>Get our morning briefing in your inbox every day, free of charge and easy to cancel.</p><form><input type="email"></form></div>
          <div><span>RECOMMENDED</span><a href="/other"><p>Another story that is not part of this one at all</p></a></div>
          ${storyParagraphs(2, 'The mayor')}
        </div>
      </article>
      <div class="cookie-consent"><p>This site stores cookies so that pages load faster and adverts suit your interests.</p></div>
      <footer><p>© 2024 Example News. All rights reserved.</p></footer>`;
    const blocks = texts(html);
    expect(blocks).toHaveLength(4);
    expect(blocks.join(' ')).not.toMatch(/Share|Advertisement|briefing|RECOMMENDED|Another story|cookies|rights reserved/);
  });

  it('drops byline, date, reading-time and "Read more" lines but keeps the story around them', () => {
    const html = `<div class="article-content">
      <p>By Jane Doe</p>
      <p>Published November 19, 2019 3:45 PM</p>
      <p>Updated: 12:10 EST</p>
      ${storyParagraphs(2)}
      <p>Read more: <a href="https://example.com/other">Council delays the harbour vote again</a></p>
      ${storyParagraphs(1, 'The harbour master')}
    </div>`;
    const blocks = texts(html);
    expect(blocks).toHaveLength(3);
    expect(blocks[2]).toMatch(/^The harbour master met/);
  });

  it('keeps a sentence whose words sit inside a link with a "newsletter" class', () => {
    const blocks = texts(`<div class="entry-content">${storyParagraphs(2)}<p>You can also <a class="newsletter-link" href="/n">subscribe to this newsletter here</a> and read it every morning with your coffee.</p></div>`);
    expect(blocks[2]).toBe('You can also subscribe to this newsletter here and read it every morning with your coffee.');
  });

  it('recognises furniture lines and leaves story lines alone', () => {
    for (const line of ['Advertisement', 'Share this article', 'By Jane Doe and John Roe', 'November 19, 2019', 'Photo: Reuters', '3 min read', 'Continue reading below']) {
      expect(isFurnitureLine(line, 0), line).toBe(true);
    }
    for (const line of ['By Monday, the council had voted to delay the harbour plan again.', 'He said: "We will be back."', 'Share prices fell 3% on Monday.']) {
      expect(isFurnitureLine(line, 0), line).toBe(false);
    }
    expect(isFurnitureLine('Council delays the harbour vote again', 1)).toBe(true);
  });

  it('keeps headings, quotes and list items with their kinds, in reading order', () => {
    const html = `<div class="post-content">${storyParagraphs(2)}<h2>What happens next</h2><blockquote><p>We will rebuild the harbour, whatever it costs.</p></blockquote><ul><li>The vote is on Friday at the town hall.</li><li>The plan goes to the regional council after that.</li></ul></div>`;
    const blocks = extractBody(jsdomDocument(page(html)), noHints).blocks;
    expect(blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'quote', 'list-item', 'list-item']);
  });
});
