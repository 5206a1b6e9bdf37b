// @vitest-environment jsdom
// Picture captions and credits inside the story container stay out of the body text.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { jsdomDocument, linkedomDocument, page, storyParagraphs } from './dom';

const noHints = { title: null, description: null };
const bodyText = (html: string, parse = jsdomDocument) => extractBody(parse(page(html)), noHints).blocks.map((block) => block.text).join('\n');

describe('captions without a <figure>', () => {
  it('leaves out a picture box with a line of text beside the picture', () => {
    const box = '<div class="visual inline"><img src="/a.jpg" alt=""><div class="description"><strong>A small round notch for the camera</strong></div></div>';
    for (const parse of [jsdomDocument, linkedomDocument]) {
      const text = bodyText(`<article><div class="content">${storyParagraphs(2)}${box}${storyParagraphs(2)}</div></article>`, parse);
      expect(text).not.toContain('notch');
      expect(text.split('\n')).toHaveLength(4);
    }
  });

  it('leaves out a long legend and an inline copyright line', () => {
    const legend = `<div class="images"><a href="/big.jpg"><img src="/a.jpg" alt=""></a><div class="legend"><div class="content">${'The chestnut groves grew from grazing under old trees, and the open woodland they left behind is home to rare beetles. '.repeat(3)}</div></div></div>`;
    const credit = '<p><span class="picture"><img src="/b.jpg" alt=""><em class="copyright">Press Office | Jane Doe</em></span></p>';
    const text = bodyText(`<article><div class="content">${storyParagraphs(3)}${legend}${credit}${storyParagraphs(1)}</div></article>`);
    expect(text).not.toMatch(/chestnut|Jane Doe/);
    expect(text.split('\n')).toHaveLength(4);
  });

  it('keeps a short story with a picture, and words in emphasis', () => {
    const short = '<div class="main"><img src="/logo.png" alt=""><h2>Referendum launched</h2><p>The spokeswoman was <em class="highlight">invited on the radio</em> to talk about the referendum.</p></div>';
    expect(bodyText(`<div class="page">${short}</div>`)).toContain('invited on the radio to talk');
  });
});

describe('figures that hold text', () => {
  it('reads a table set in a <figure>, not a picture figure', () => {
    const table = '<figure class="comparison-table"><table><tbody><tr><td>Withdrawal fee</td><td>1 GBP withdrawal</td></tr></tbody></table></figure>';
    const photo = '<figure><img src="/a.jpg" alt=""><figcaption>The harbour at dawn, seen from the old pier</figcaption></figure>';
    const text = bodyText(`<article><div class="content">${storyParagraphs(2)}${table}${photo}${storyParagraphs(1)}</div></article>`);
    expect(text).toContain('1 GBP withdrawal');
    expect(text).not.toContain('harbour at dawn');
  });
});
