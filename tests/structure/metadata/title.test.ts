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
    expect(chooseTitle(doc, meta('Mexico’s economy grew 1.1% in first quarter'), 'Mexico’s economy grew 1.1% in first quarter')).toBe('Mexico’s economy grew 1.1% in first quarter');
    expect(chooseTitle(doc, meta('Russia hits Kyiv with missile - National'), 'Russia hits Kyiv with missile')).toBe('Russia hits Kyiv with missile');
    expect(chooseTitle(doc, meta('Chronik: Lotte Tobisch ist tot'), 'Lotte Tobisch ist tot')).toBe('Lotte Tobisch ist tot');
  });

  it('takes the metadata title when the h1 has a kicker glued on or is the site name', () => {
    expect(chooseTitle(doc, meta('Drusen fordern Teilhabe statt Schutzgarantien'), 'Minderheit in Syrien - Drusen fordern Teilhabe statt Schutzgarantien')).toBe('Drusen fordern Teilhabe statt Schutzgarantien');
    expect(chooseTitle(doc, meta('Pour le néolibéralisme, la retraite est un archaïsme', 'regards.fr', 'https://www.regards.fr/x'), 'regards.fr')).toBe('Pour le néolibéralisme, la retraite est un archaïsme');
    expect(chooseTitle(doc, meta('Israel und Gaza: News und Entwicklungen'), 'Krieg in Nahost: USA schliessen Hafen')).toBe('Israel und Gaza: News und Entwicklungen');
  });

  it('falls back to whichever one exists', () => {
    expect(chooseTitle(doc, meta(null), 'Visible only')).toBe('Visible only');
    expect(chooseTitle(doc, meta('Declared only'), null)).toBe('Declared only');
    expect(chooseTitle(doc, meta(null), '  ')).toBeNull();
  });
});

describe('chooseTitle with the declared titles voting', () => {
  const withSources = (title: string, sources: string[]): PageMetadata => ({ ...meta(title), titleSources: sources });

  it('takes the title two declared sources agree on over an h1 that none backs', () => {
    const declared = 'Rückbau von Atomkraftwerk: Kühltürme gesprengt';
    const m = withSources('Rückbau von Atomkraftwerk - Kühltürme gesprengt', [declared, 'Rückbau von Atomkraftwerk - Kühltürme gesprengt', 'Rückbau von Atomkraftwerk: Kühltürme gesprengt']);
    expect(chooseTitle(doc, m, 'Kühltürme gesprengt')).toBe(declared);
    const reworded = withSources('Johannesburg has failed its informal traders', ['Johannesburg has failed its informal traders', 'Johannesburg has failed its informal traders']);
    expect(chooseTitle(doc, reworded, 'Joburg has failed its informal traders')).toBe('Johannesburg has failed its informal traders');
  });

  it('keeps the h1 when as many sources back it as back the other title', () => {
    const m = withSources('Nur ein Drittel der Kinder kam in die Schule', ['Notbetrieb und Notfallplan in Osttirol', 'Nur ein Drittel der Kinder kam in die Schule', 'Notbetrieb und Notfallplan in Osttirol']);
    expect(chooseTitle(doc, m, 'Nur ein Drittel der Kinder kam in die Schule')).toBe('Nur ein Drittel der Kinder kam in die Schule');
    const single = withSources('Chiesa ruft zum Widerstand auf', ['Chiesa ruft zum Widerstand auf']);
    expect(chooseTitle(doc, single, 'Parteitag: Chiesa ruft zum Widerstand auf')).toBe('Chiesa ruft zum Widerstand auf');
  });

  it('restores the word break an h1 lost between its kicker and headline', () => {
    const m = withSources('Der 9. Juli naht: Gewerkschaften demonstrieren', ['Nationale Demo / Der 9. Juli naht: Gewerkschaften demonstrieren', 'Der 9. Juli naht: Gewerkschaften demonstrieren']);
    expect(chooseTitle(doc, m, 'Nationale DemoDer 9. Juli naht: Gewerkschaften demonstrieren')).toBe('Nationale Demo / Der 9. Juli naht: Gewerkschaften demonstrieren');
  });

  it('takes the declared spelling of the h1\'s very letters, but not on a tie between two titles', () => {
    const quoted = withSources('"Pink hair sparks ridicule"… the mystery of the colour', ['Pink hair sparks ridicule… the mystery of the colour']);
    expect(chooseTitle(doc, quoted, '"Pink hair sparks ridicule"… the mystery of the colour')).toBe('Pink hair sparks ridicule… the mystery of the colour');
    const tie = withSources('11 Best Sleeping Bags (2024): Ultralight, Warm', ['The Best Sleeping Bags for Every Adventure', '11 Best Sleeping Bags (2024): Ultralight, Warm', '11 Best Sleeping Bags (2024): Ultralight, Warm']);
    expect(chooseTitle(doc, tie, 'The Best Sleeping Bags for Every Adventure')).toBe('11 Best Sleeping Bags (2024): Ultralight, Warm');
  });

  it('does not vote without a visible headline', () => {
    const m = withSources('Pendler sparen bei Bus und Bahn', ['Pendler zahlen weniger', 'Pendler sparen bei Bus und Bahn', 'Pendler zahlen weniger']);
    expect(chooseTitle(doc, m, null)).toBe('Pendler sparen bei Bus und Bahn');
  });
});

describe('declared title sources', () => {
  it('lists og:title, the JSON-LD headline and <title> without their site names', () => {
    const m = extractMetadata(page(`<title>Talks resume | Example News</title><meta property="og:site_name" content="Example News"><meta property="og:title" content="Talks resume today | Example News"><script type="application/ld+json">{"@type":"NewsArticle","headline":"Talks resume"}</script>`), null);
    expect(m.titleSources).toEqual(['Talks resume today', 'Talks resume', 'Talks resume']);
  });
});
