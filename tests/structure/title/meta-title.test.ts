// The metadata title when a meta attribute was cut short by an unescaped quote.
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { linkedomDocument } from '../body/dom';

describe('metadata title cut at an unescaped quote', () => {
  it('takes the <title> that goes on where og:title stopped at a quotation mark', () => {
    const html = '<html><head><title>Senator calls Biden "unfit" - El Diario</title><meta property="og:site_name" content="El Diario"><meta property="og:title" content="Senator calls Biden "unfit""></head><body></body></html>';
    expect(extractMetadata(linkedomDocument(html), null).title).toBe('Senator calls Biden "unfit"');
  });

  it('keeps og:title when <title> only adds the site name', () => {
    const html = '<html><head><title>Senator calls Biden unfit - El Diario</title><meta property="og:site_name" content="El Diario"><meta property="og:title" content="Senator calls Biden unfit"></head><body></body></html>';
    expect(extractMetadata(linkedomDocument(html), null).title).toBe('Senator calls Biden unfit');
  });
});

describe('titleBacked', () => {
  it('is true when the JSON-LD headline and og:title agree once the site name is gone', () => {
    const head = (og: string) => `<html><head><meta property="og:site_name" content="Example News"><meta property="og:title" content="${og}"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour plan delayed again"}</script></head><body></body></html>`;
    expect(extractMetadata(linkedomDocument(head('Harbour plan delayed again | Example News')), null).titleBacked).toBe(true);
    expect(extractMetadata(linkedomDocument(head('Why the harbour plan is late')), null).titleBacked).toBe(false);
  });
});
