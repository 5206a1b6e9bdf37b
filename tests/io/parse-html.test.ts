// parseHtmlDocument: linkedom gets the html/head/body elements a browser's parser would add.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument, withDocumentElements } from '../../src/io/parse-html';

describe('parseHtmlDocument', () => {
  it('gives every input a body, even empty or tag-less text', () => {
    expect(parseHtmlDocument('').body.textContent).toBe('');
    expect(parseHtmlDocument('just text').body.textContent).toBe('just text');
    expect(parseHtmlDocument('<p>a fragment</p>').querySelector('body > p')?.textContent).toBe('a fragment');
  });

  it('puts head elements in the head and the content in the body when both tags are left out', () => {
    const doc = parseHtmlDocument('<!doctype html><html lang="de"><title>Titel</title><meta name="author" content="Anna"><script>var s = "<div>";</script><p>Text</p>');
    expect(doc.title).toBe('Titel');
    expect(doc.documentElement.getAttribute('lang')).toBe('de');
    expect(doc.querySelector('head meta[name="author"]')?.getAttribute('content')).toBe('Anna');
    expect(doc.body.textContent).toBe('Text');
  });

  it('wraps content after </head> in a body when only the body tag is missing', () => {
    const doc = parseHtmlDocument('<html><head><title>t</title></head><h1>Headline</h1><p>Body text</p></html>');
    expect(doc.body.querySelector('h1')?.textContent).toBe('Headline');
    expect(doc.body.textContent).toBe('HeadlineBody text');
  });

  it('leaves a complete document as it is', () => {
    const page = '<!DOCTYPE html><html><head><title>x</title></head><body><p>y</p></body></html>';
    expect(withDocumentElements(page)).toBe(page);
  });
});
