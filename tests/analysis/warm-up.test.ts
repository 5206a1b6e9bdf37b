// The reader's warm-up page is a story the reader reads like any other: every layer gets its code compiled by it.
import { describe, expect, it } from 'vitest';
import { WARM_UP_BLOCKS, WARM_UP_PAGE_HTML } from '../../src/analysis-warm-up';
import { analyzeDocument } from '../../src/analyze';
import { parseHtmlDocument } from '../../src/io/parse-html';

describe('the warm-up page', () => {
  const analysis = analyzeDocument(parseHtmlDocument(WARM_UP_PAGE_HTML), { url: 'https://courier.example/business/terminal' });

  it('has the parts of a news page: headline, standfirst, kicker, byline, date, photo caption and credit, related links', () => {
    expect(analysis.article).toMatchObject({
      title: 'Harbour Trust opens new terminal', dek: expect.stringContaining('double'), section: 'BUSINESS', authors: ['Lena Marsh'],
      publisher: 'The Courier', publishedAt: '2024-03-06T09:30:00Z', image: { credit: 'Tom Reyes/Reuters' },
    });
    expect(analysis.article.related.map((link) => link.title)).toEqual(['Port strike ends after talks', 'Shipping rates fall']);
  });

  it('gives every layer after the structure something to read: a person, a quote, dates and facts', () => {
    expect(analysis.blocks.map((block) => block.text)).toContain(WARM_UP_BLOCKS[0]!.text);
    expect(analysis.entities.map((entity) => entity.name)).toContain('Mara Okafor');
    expect(analysis.quotes.some((quote) => quote.text.startsWith('This terminal will change'))).toBe(true);
    expect(analysis.times.map((time) => time.text)).toEqual(expect.arrayContaining(['Monday', '1998', 'October']));
    expect(analysis.facts.length).toBeGreaterThan(0);
  });
});
