// @vitest-environment jsdom
// Photo captions with the credit split off, from text and from the figure's own credit element.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { splitCaptionCredit } from '../../../src/structure/body/caption-credit';
import { jsdomDocument, page, storyParagraphs } from './dom';

describe('caption and credit', () => {
  it.each([
    ['Chinese President Xi Jinping in Beijing, China. / Photo: AP Archive / AP Archive', 'Chinese President Xi Jinping in Beijing, China.', 'AP Archive'],
    ['Protesters gather in Paris. (Photo: Reuters)', 'Protesters gather in Paris.', 'Reuters'],
    ['Angela Merkel in Berlin. Foto: dpa', 'Angela Merkel in Berlin.', 'dpa'],
    ['A sunset over the bay. © John Smith', 'A sunset over the bay.', 'John Smith'],
    ['Workers at a plant. Credit: Bloomberg', 'Workers at a plant.', 'Bloomberg'],
    ['President Biden speaks in Washington. John Smith/Getty Images', 'President Biden speaks in Washington.', 'John Smith/Getty Images'],
    ['A man walks his dog in the park.', 'A man walks his dog in the park.', null],
  ])('%s', (text, caption, credit) => {
    expect(splitCaptionCredit(text)).toEqual({ caption, credit });
  });

  it('takes the credit from its own element and strips the repeat from the caption', () => {
    expect(splitCaptionCredit('Xi and Putin in Beijing. / Photo: AP Archive', 'AP Archive')).toEqual({ caption: 'Xi and Putin in Beijing.', credit: 'AP Archive' });
  });

  it('reads the lead figure between the headline and the body', () => {
    const html = `<article><h1>Harbour plan delayed again</h1>
      <figure><img data-src="/img/harbour.jpg" src="data:image/gif;base64,R0lGOD" alt="The harbour at dusk">
        <figcaption>The harbour at dusk. <span class="image-credit">Photo: Jane Roe</span></figcaption></figure>
      <div class="article-body">${storyParagraphs(3)}</div></article>`;
    const body = extractBody(jsdomDocument(page(html)), { title: null, description: null, url: 'https://news.example.com/a/1' });
    expect(body.image).toEqual({ src: 'https://news.example.com/img/harbour.jpg', alt: 'The harbour at dusk', caption: 'The harbour at dusk.', credit: 'Jane Roe' });
    expect(body.blocks.map((block) => block.text).join(' ')).not.toContain('Jane Roe');
  });
});
