import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/structure/metadata';
import { cleanAuthors } from '../../src/structure/meta/authors';
import { ldScript, page } from './metadata/helpers';

const authorsOf = (head: string, body: string) => extractMetadata(page(head, body), null).authors;

describe('bylines as real pages print them', () => {
  it('reads a byline whose "By" and name sit in separate elements without a space', () => {
    const body = '<h1>Resort plan for the lake</h1><div data-testid="prism-byline"><span>By</span><span><a href="/about/team/jr">J.R. Stone</a></span><span>Thursday, July 20, 2023</span></div><p>Story.</p>';
    expect(authorsOf('', body)).toEqual(['J.R. Stone']);
  });

  it('keeps the user name a blog declares with rel=author or an hCard', () => {
    const body = '<article><h1>Barcamp 2015</h1><span class="by-author">by <span class="author vcard"><a class="url fn n" href="/author/m/" rel="author">marc</a></span></span><p>Story.</p></article>';
    expect(authorsOf('', body)).toEqual(['marc']);
    // Outside declared-name markup a lower-case word is still no name.
    expect(cleanAuthors(['by marc'], []).authors).toEqual([]);
  });

  it('drops social handles, copyright signs and photo credits in figures', () => {
    expect(cleanAuthors(['Williams Perdomo @wperdomod'], []).authors).toEqual(['Williams Perdomo']);
    expect(cleanAuthors(['© Kathrin Führes Kathrin Führes'], []).authors).toEqual(['Kathrin Führes']);
    const body = '<h1>Status quo</h1><figure><img src="x.jpg"><figcaption itemprop="author">Mads Rasmussen/Ritzau Scanpix</figcaption></figure><div class="byline">Trine Jørgensen</div>';
    expect(authorsOf('', body)).toEqual(['Trine Jørgensen']);
  });

  it('reads the byline an SEO plugin prints as a twitter label/data pair', () => {
    const head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">';
    expect(authorsOf(head, '<h1>Story</h1><p>Text.</p>')).toEqual(['Jane Doe']);
  });

  it('takes the meta tags when they name the JSON-LD author and more', () => {
    const head = `<meta name="author" content="April Roach, Daniel O'Mahony">${ldScript({ '@type': 'NewsArticle', headline: 'Quarantine list', author: { '@type': 'Person', name: 'April Roach' } })}`;
    expect(authorsOf(head, '<h1>Quarantine list</h1>')).toEqual(['April Roach', "Daniel O'Mahony"]);
  });

  it('splits an agency glued to the name with a slash and an interview credit', () => {
    expect(cleanAuthors(['Peter Maahn/SP-X'], []).authors).toEqual(['Peter Maahn']);
    expect(cleanAuthors(['Jonas Peter Albrecht im Gespräch mit Ute Brandner'], []).authors).toEqual(['Jonas Peter Albrecht', 'Ute Brandner']);
  });
});

describe('agency credits', () => {
  it('keep the spelling the metadata declares, once per agency', async () => {
    const { uniqueAgencies, agencyAsPrinted } = await import('../../src/structure/agencies');
    expect(agencyAsPrinted('Anadolu Ajansı')).toBe('Anadolu Ajansı');
    expect(agencyAsPrinted('via Reuters')).toBe('Reuters');
    expect(agencyAsPrinted('Jane Doe')).toBeNull();
    expect(uniqueAgencies(['Keystone-SDA', 'dpa'], ['SDA'])).toEqual(['SDA', 'dpa']);
    expect(uniqueAgencies(['AP'], ['Associated Press', 'The Associated Press'])).toEqual(['Associated Press']);
  });
});

describe('blog bylines', () => {
  it("reads the author a post's own footer names, never a comment's or the page footer's", () => {
    const post = (footer: string) => `<article><h1>Mozart und die Schule</h1><p>Story text.</p>${footer}</article>`;
    const own = '<footer class="post-footer"><span class="author">Posted by <span class="vcard"><a class="url fn" rel="author" href="/author/gwk/">Günter W. Kienitz</a></span> at 18:52</span></footer>';
    expect(authorsOf('', post(own))).toEqual(['Günter W. Kienitz']);
    const comment = '<div class="comments"><footer class="comment-footer"><a rel="author" href="/author/x/">Jane Roe</a></footer></div>';
    expect(authorsOf('', post(comment))).toEqual([]);
    expect(authorsOf('', `${post('')}<footer class="site-footer"><a rel="author" href="/author/x/">Jane Roe</a></footer>`)).toEqual([]);
  });

  it('keeps a person whose site is named after them, drops the site credited as author', () => {
    expect(cleanAuthors(['Matthew Davis'], ["Matthew Davis's Blog"]).authors).toEqual(['Matthew Davis']);
    expect(cleanAuthors(['Limespacer'], ['limespace']).authors).toEqual(['Limespacer']);
    expect(cleanAuthors(['BBC News'], ['BBC']).authors).toEqual([]);
    expect(cleanAuthors(['TRT'], ['TRT World']).authors).toEqual([]);
  });
});

describe('byline pollution', () => {
  it('drops posting words, sentence words, reading times and the publication after "for"', () => {
    expect(cleanAuthors(['Eingestellt von der Michel'], []).authors).toEqual(['der Michel']);
    expect(cleanAuthors(['vom Krimiblogger'], []).authors).toEqual(['Krimiblogger']);
    expect(cleanAuthors(['deinen Hochzeitsbloggern', 'CDs bestellen!', 'Agenturen'], []).authors).toEqual([]);
    expect(cleanAuthors(['Isabel Caro, Rocío Latorre y José Miguel Wilson Hace 13 horas Tiempo de lectura: 8 minutos'], []).authors).toEqual(['Isabel Caro', 'Rocío Latorre', 'José Miguel Wilson']);
    expect(cleanAuthors(['By Tom Ashby And Neil Forde For The Sunday Courier'], []).authors).toEqual(['Tom Ashby', 'Neil Forde']);
    expect(cleanAuthors(['Ludwig van Beethoven'], []).authors).toEqual(['Ludwig van Beethoven']);
  });

  it('does not take people the story mentions in running text for its authors', () => {
    const person = (name: string) => `<span itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`;
    const text = `Die Auktion lief gut, sagte ${person('Dagmar Posner')} nach zwei Stunden, und auch ${person('Udo Kriese')} war zufrieden mit dem Ergebnis für die Kirchengemeinde, die rund 1400 Euro für das Gotteshaus sammelte und nun den Beginn der Bauarbeiten plant.`;
    expect(authorsOf('', `<article><h1>Auktion</h1><p>${text}</p></article>`)).toEqual([]);
    expect(authorsOf('', `<article><h1>Auktion</h1><p class="x">${person('Cosima Künzel')}</p><p>${text}</p></article>`)).toEqual(['Cosima Künzel']);
  });

  it("credits the person a personal site's dc.publisher or copyright names", () => {
    const head = '<meta name="author" content="Ernst Lohoff"><meta name="dcterms.publisher" content="Ernst Lohoff"><meta property="og:site_name" content="jungle.world">';
    expect(authorsOf(head, '<h1>Das Phantom</h1>')).toEqual(['Ernst Lohoff']);
    const company = '<meta name="author" content="Example Media GmbH"><meta name="copyright" content="Example Media GmbH">';
    expect(authorsOf(company, '<h1>Story</h1>')).toEqual([]);
  });
});

describe('bylines without byline markup', () => {
  it('reads a short "von …" line, a label before a bare text node and a "Geschrieben von" link', async () => {
    const { labelledByline } = await import('../../src/structure/meta/labelled-byline');
    const doc = (body: string) => page('', body, 'de');
    expect(labelledByline(doc('<h2>Purzelbaum</h2><p><em>Text von Christian Seiler &nbsp; Illustration von Markus Roost</em></p><p>Als ich das vorletzte Mal in Leipzig war, geschah etwas.</p>'), []).authors).toEqual(['Christian Seiler']);
    expect(labelledByline(doc('<div><h5>Datum: </h5>03.11.2021 <br><h5>Autor: </h5>Peter Maahn/SP-X </div>'), []).authors).toEqual(['Peter Maahn']);
    expect(labelledByline(doc('<span class="itemPoster">Geschrieben von <a href="/userinfo.php?uid=6">Cooper</a></span>'), []).authors).toEqual(['Cooper']);
    expect(labelledByline(doc('<h2>Stars <span>06.11.2023 13:30 von Olga </span></h2>'), []).authors).toEqual(['Olga']);
  });

  it('does not read sentences that start with "Von" or "By" as bylines', async () => {
    const { labelledByline } = await import('../../src/structure/meta/labelled-byline');
    expect(labelledByline(page('', '<p>Von Berlin aus fuhr der Zug weiter nach Hamburg.</p><p>By the way, this is not a byline.</p>', 'de'), []).authors).toEqual([]);
  });
});

describe('credit lines', () => {
  it('reads an agency with desk initials, a bare agency line under the headline and an inline author label', async () => {
    const { matchAgency } = await import('../../src/structure/agencies');
    const { labelledByline } = await import('../../src/structure/meta/labelled-byline');
    expect(matchAgency('dpa/lno')).toBe('dpa');
    expect(matchAgency('Jane/doe')).toBeNull();
    const meta = extractMetadata(page('', '<header><h1>Losing face: 6,000 masks stolen</h1><p class="credit">JIJI</p></header><p>Story.</p>'), null);
    expect(meta.wire).toEqual(['JIJI']);
    const body = '<p>Reform text that runs on for a while.</p><p><strong>Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.</strong></p>';
    expect(labelledByline(page('', body, 'de'), []).authors).toEqual(['Uta Staschewski']);
  });

  it('never credits a company or a web address as a person', () => {
    expect(cleanAuthors(['Gelbe Liste GmbH & Co. KG Informationsstelle'], []).authors).toEqual([]);
    expect(cleanAuthors(['www.koffergepackt.com'], [], { handles: true }).authors).toEqual([]);
    expect(cleanAuthors(['fri.juli'], [], { handles: true }).authors).toEqual(['fri.juli']);
  });
});

describe('bylines after page furniture', () => {
  it('reads "| By" after a label in the same line', () => {
    expect(authorsOf('', '<h1>Pregnant beggar</h1><div class="meta"><span>yas!</span> <span>| By </span><span>Cara Stiles</span></div>')).toEqual(['Cara Stiles']);
  });
});

describe('false bylines', () => {
  it('reads no author from headings with "für", source labels or big author-named containers', () => {
    expect(cleanAuthors(['Richtlinien für Autor/innen'], []).authors).toEqual([]);
    expect(cleanAuthors(['Źródło'], []).authors).toEqual([]);
    const teasers = Array.from({ length: 120 }, (_, i) => `<span>Item ${i}</span>`).join('');
    expect(authorsOf('', `<h1>Story</h1><article class="author-materials"><b>Аналитика, Интервью</b>${teasers}</article>`)).toEqual([]);
  });
});
