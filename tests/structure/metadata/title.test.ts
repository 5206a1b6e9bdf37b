import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { stripSiteName } from '../../../src/structure/meta/meta-title';
import { chooseTitle } from '../../../src/structure/title';
import type { PageMetadata } from '../../../src/structure/types';
import { page } from './helpers';

function meta(title: string | null, publisher: string | null = 'Example News', canonicalUrl = 'https://www.example-news.com/a/b'): PageMetadata {
  return { title, description: null, section: null, authors: [], publisher, publishedAt: null, modifiedAt: null, language: null, canonicalUrl, image: null, wire: [] };
}
const doc = page('');

describe('stripSiteName', () => {
  it('removes the site name after or before a separator', () => {
    expect(stripSiteName('Talks resume | TRT World', ['TRT World'], false)).toBe('Talks resume');
    expect(stripSiteName('Talks resume - TRT World', ['TRT World'], false)).toBe('Talks resume');
    expect(stripSiteName('Talks resume — The Example Times', ['Example Times'], false)).toBe('Talks resume');
    expect(stripSiteName('BBC News - Talks resume', ['BBC News'], false)).toBe('Talks resume');
    expect(stripSiteName('Steigende Zinsen setzen Dax zu | Börsen-Zeitung', ['boersen-zeitung'], false)).toBe('Steigende Zinsen setzen Dax zu');
    expect(stripSiteName('Post-Vac-Syndrom: Was wissen wir? – DW – 13.06.2023', ['DW'], false)).toBe('Post-Vac-Syndrom: Was wissen wir?');
    expect(stripSiteName('南海トラフ、一時調査：中日新聞Web', ['中日新聞Web'], false)).toBe('南海トラフ、一時調査');
  });

  it('keeps separators that belong to the headline', () => {
    expect(stripSiteName('Biden - Trump debate: what to watch', ['Example News'], false)).toBe('Biden - Trump debate: what to watch');
    expect(stripSiteName('Ukraine : la guerre continue', ['Le Monde'], true)).toBe('Ukraine : la guerre continue');
  });

  it('strips a short unknown trailing segment only from <title>', () => {
    expect(stripSiteName('Council approves new cycle lanes | Musterstadt Daily', [], true)).toBe('Council approves new cycle lanes');
    expect(stripSiteName('Council approves new cycle lanes | Musterstadt Daily', [], false)).toBe('Council approves new cycle lanes | Musterstadt Daily');
  });
});

describe('metadata title', () => {
  it('prefers the JSON-LD headline, and a longer og:title when the headline was cut short', () => {
    const cut = 'A very long headline about the economy that goes on';
    const full = `${cut} and on until the end`;
    const m = extractMetadata(page(`<meta property="og:title" content="${full} | Example News"><meta property="og:site_name" content="Example News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"${cut}…"}</script>`), null);
    expect(m.title).toBe(full);
  });

  it('decodes entities left in meta content', () => {
    const m = extractMetadata(page('<meta property="og:title" content="R&amp;uuml;ckbau &amp;quot;jetzt&amp;quot;">'), null);
    expect(m.title).toBe('Rückbau "jetzt"');
  });
});

describe('chooseTitle', () => {
  it('takes the visible headline when it agrees with the metadata title', () => {
    expect(chooseTitle(doc, meta('Chile’s economy grew 0.8% in second quarter'), 'Chile’s economy grew 0.8% in second quarter')).toBe('Chile’s economy grew 0.8% in second quarter');
    expect(chooseTitle(doc, meta('Russia hits Kyiv with missile - National'), 'Russia hits Kyiv with missile')).toBe('Russia hits Kyiv with missile');
    expect(chooseTitle(doc, meta('Chronik: Hanna Leitner ist tot'), 'Hanna Leitner ist tot')).toBe('Hanna Leitner ist tot');
  });

  it('takes the metadata title when the h1 has a kicker glued on or is the site name', () => {
    expect(chooseTitle(doc, meta('Drusen fordern Teilhabe statt Schutzgarantien'), 'Minderheit in Syrien - Drusen fordern Teilhabe statt Schutzgarantien')).toBe('Drusen fordern Teilhabe statt Schutzgarantien');
    expect(chooseTitle(doc, meta('Pour les marchés, le service public est un luxe', 'regards.fr', 'https://www.regards.fr/x'), 'regards.fr')).toBe('Pour les marchés, le service public est un luxe');
    expect(chooseTitle(doc, { ...meta('Israel und Gaza: News und Entwicklungen'), pageTypes: ['NewsArticle'] }, 'Krieg in Nahost: USA schliessen Hafen')).toBe('Israel und Gaza: News und Entwicklungen');
  });

  it('falls back to whichever one exists', () => {
    expect(chooseTitle(doc, meta(null), 'Visible only')).toBe('Visible only');
    expect(chooseTitle(doc, meta('Declared only'), null)).toBe('Declared only');
    expect(chooseTitle(doc, meta(null), '  ')).toBeNull();
  });
});
