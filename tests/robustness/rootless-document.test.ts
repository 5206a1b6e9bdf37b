// analyzeDocument on documents with no root element or no <body> (linkedom's document.body throws there).
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analyze';

describe('analyzeDocument on rootless documents', () => {
  for (const html of ['', 'just some text', '<p>a paragraph with no html element</p>']) {
    it(`reads ${JSON.stringify(html)} as a non-article without throwing`, () => {
      const { document } = parseHTML(html);
      const analysis = analyzeDocument(document as unknown as Document, { url: null });
      expect(analysis.isArticle).toBe(false);
      expect(analysis.article.authors).toEqual([]);
    });
  }
});
