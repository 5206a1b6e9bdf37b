import { describe, expect, it } from 'vitest';
import { cleanAuthors, cleanName } from '../../../src/structure/meta/authors';

const clean = (raw: string[], publishers: string[] = []) => cleanAuthors(raw, publishers);

describe('cleanAuthors', () => {
  it('removes "By" and its translations', () => {
    expect(clean(['By Jane Doe']).authors).toEqual(['Jane Doe']);
    expect(clean(['Von Anna Schmidt']).authors).toEqual(['Anna Schmidt']);
    expect(clean(['Par Loïc Le Clerc']).authors).toEqual(['Loïc Le Clerc']);
    expect(clean(['Por María López']).authors).toEqual(['María López']);
  });

  it('treats a name doubled by image alt text plus caption as one author', () => {
    expect(clean(['Sadiq S BhatSadiq S Bhat']).authors).toEqual(['Sadiq S Bhat']);
    expect(clean(['Jane Doe Jane Doe']).authors).toEqual(['Jane Doe']);
  });

  it('splits on separators and conjunctions in several languages', () => {
    expect(clean(['Jane Doe, John Roe & Ann Lee']).authors).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
    expect(clean(['Jakob Lenz und Peter Harnisch']).authors).toEqual(['Jakob Lenz', 'Peter Harnisch']);
    expect(clean(['Jane Doe and John Roe']).authors).toEqual(['Jane Doe', 'John Roe']);
    expect(clean(['Marie Dupont et Paul Martin']).authors).toEqual(['Marie Dupont', 'Paul Martin']);
    expect(clean(['Jane Doe | John Roe; Ann Lee']).authors).toEqual(['Jane Doe', 'John Roe', 'Ann Lee']);
  });

  it('turns "Last, First" into one name', () => {
    expect(clean(['Smith, John']).authors).toEqual(['John Smith']);
  });

  it('drops dates, "Updated" text, sponsorship and job titles', () => {
    expect(clean(['By Jane Doe | Sponsored']).authors).toEqual(['Jane Doe']);
    expect(clean(['Jane Doe Updated 3 hours ago']).authors).toEqual(['Jane Doe']);
    expect(clean(['By Jane Doe, February 28, 2024']).authors).toEqual(['Jane Doe']);
    expect(clean(['Von Anna Schmidt 28.02.2024, 14:05 Uhr']).authors).toEqual(['Anna Schmidt']);
    expect(clean(['Heiko SauerDo 9 Apr 2020']).authors).toEqual(['Heiko Sauer']);
    expect(clean(['Jane Doe, Senior Correspondent']).authors).toEqual(['Jane Doe']);
    expect(clean(['Jane Doe is a reporter at the Example Times']).authors).toEqual(['Jane Doe']);
    expect(clean(['jane.doe@example.com']).authors).toEqual([]);
  });

  it('moves agencies to wire instead of authors', () => {
    expect(clean(['By Jane Doe, Reuters'])).toEqual({ authors: ['Jane Doe'], wire: ['Reuters'] });
    // Credits keep the page's spelling ("The Associated Press", not "AP"); one entry per agency.
    expect(clean(['The Associated Press'])).toEqual({ authors: [], wire: ['The Associated Press'] });
    expect(clean(['Source: AFP', 'Agence France-Presse'])).toEqual({ authors: [], wire: ['AFP'] });
    expect(clean(['SIDNachrichtenagentur'])).toEqual({ authors: [], wire: ['SID'] });
  });

  it("drops the publisher's own name", () => {
    expect(clean(['TRT World'], ['TRT World', 'trtworld']).authors).toEqual([]);
    expect(clean(['By TRT World Staff'], ['TRT World']).authors).toEqual([]);
    expect(clean(['Jane Doe'], ['TRT World']).authors).toEqual(['Jane Doe']);
  });

  it('removes duplicates across sources, ignoring case', () => {
    expect(clean(['Jane Doe', 'JANE DOE', 'jane doe']).authors).toEqual(['Jane Doe']);
  });

  it('keeps initials and suffixes with their full stop', () => {
    expect(clean(['Perry Bacon Jr.']).authors).toEqual(['Perry Bacon Jr.']);
    expect(clean(['Joe S.']).authors).toEqual(['Joe S.']);
  });
});

describe('cleanName', () => {
  it('rejects fragments that are not names', () => {
    for (const text of ['Share', 'No Author', 'Comments (12)', 'https://example.com/jane', '3 min read', 'admin', 'a b c d e f g']) {
      expect(cleanName(text)).toBeNull();
    }
  });
});
