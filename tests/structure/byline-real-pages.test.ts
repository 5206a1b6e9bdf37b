import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../src/structure/metadata';
import { cleanAuthors } from '../../src/structure/meta/authors';
import { ldScript, page } from './metadata/helpers';

const authorsOf = (head: string, body: string) => extractMetadata(page(head, body), null).authors;

describe('bylines as real pages print them', () => {
  it('reads a byline whose "By" and name sit in separate elements without a space', () => {
    const body = '<h1>Resort plan for the lake</h1><div data-testid="prism-byline"><span>By</span><span><a href="/about/team/kt">K.T. Marsh</a></span><span>Thursday, July 20, 2023</span></div><p>Story.</p>';
    expect(authorsOf('', body)).toEqual(['K.T. Marsh']);
  });

  it('keeps the user name a blog declares with rel=author or an hCard', () => {
    const body = '<article><h1>Meetup 2019</h1><span class="by-author">by <span class="author vcard"><a class="url fn n" href="/author/t/" rel="author">tobi</a></span></span><p>Story.</p></article>';
    expect(authorsOf('', body)).toEqual(['tobi']);
    // Outside declared-name markup a lower-case word is still no name.
    expect(cleanAuthors(['by tobi'], []).authors).toEqual([]);
  });

  it('drops social handles, copyright signs and photo credits in figures', () => {
    expect(cleanAuthors(['Ramiro Quintal @rquintalv'], []).authors).toEqual(['Ramiro Quintal']);
    expect(cleanAuthors(['© Henrike Dölle Henrike Dölle'], []).authors).toEqual(['Henrike Dölle']);
    const body = '<h1>Status quo</h1><figure><img src="x.jpg"><figcaption itemprop="author">Anders Holm/Ritzau Scanpix</figcaption></figure><div class="byline">Sanne Kjærgaard</div>';
    expect(authorsOf('', body)).toEqual(['Sanne Kjærgaard']);
  });

  it('reads the byline an SEO plugin prints as a twitter label/data pair', () => {
    const head = '<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Jane Doe"><meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 minutes">';
    expect(authorsOf(head, '<h1>Story</h1><p>Text.</p>')).toEqual(['Jane Doe']);
  });

  it('takes the meta tags when they name the JSON-LD author and more', () => {
    const head = `<meta name="author" content="Maeve Corrigan, Liam O'Dwyer">${ldScript({ '@type': 'NewsArticle', headline: 'Ferry timetable', author: { '@type': 'Person', name: 'Maeve Corrigan' } })}`;
    expect(authorsOf(head, '<h1>Ferry timetable</h1>')).toEqual(['Maeve Corrigan', "Liam O'Dwyer"]);
  });

  it('splits an agency glued to the name with a slash and an interview credit', () => {
    expect(cleanAuthors(['Bernd Kessler/SP-X'], []).authors).toEqual(['Bernd Kessler']);
    expect(cleanAuthors(['Lukas Heinrich Vogt im Gespräch mit Marta Ehlers'], []).authors).toEqual(['Lukas Heinrich Vogt', 'Marta Ehlers']);
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
    const post = (footer: string) => `<article><h1>Haydn im Unterricht</h1><p>Story text.</p>${footer}</article>`;
    const own = '<footer class="post-footer"><span class="author">Posted by <span class="vcard"><a class="url fn" rel="author" href="/author/wkh/">Werner K. Hollmann</a></span> at 18:52</span></footer>';
    expect(authorsOf('', post(own))).toEqual(['Werner K. Hollmann']);
    const comment = '<div class="comments"><footer class="comment-footer"><a rel="author" href="/author/x/">Jane Roe</a></footer></div>';
    expect(authorsOf('', post(comment))).toEqual([]);
    expect(authorsOf('', `${post('')}<footer class="site-footer"><a rel="author" href="/author/x/">Jane Roe</a></footer>`)).toEqual([]);
  });

  it('keeps a person whose site is named after them, drops the site credited as author', () => {
    expect(cleanAuthors(['Owen Pritchard'], ["Owen Pritchard's Blog"]).authors).toEqual(['Owen Pritchard']);
    expect(cleanAuthors(['Quillmaker'], ['quillmake']).authors).toEqual(['Quillmaker']);
    expect(cleanAuthors(['BBC News'], ['BBC']).authors).toEqual([]);
    expect(cleanAuthors(['TRT'], ['TRT World']).authors).toEqual([]);
  });
});

describe('byline pollution', () => {
  it('drops posting words, sentence words, reading times and the publication after "for"', () => {
    expect(cleanAuthors(['Eingestellt von der Fritz'], []).authors).toEqual(['der Fritz']);
    expect(cleanAuthors(['vom Gartenblogger'], []).authors).toEqual(['Gartenblogger']);
    expect(cleanAuthors(['deinen Reisebloggern', 'Tickets bestellen!', 'Agenturen'], []).authors).toEqual([]);
    expect(cleanAuthors(['Lucía Ferrer, Tomás Ibarra y Ana María Reyes Hace 9 horas Tiempo de lectura: 6 minutos'], []).authors).toEqual(['Lucía Ferrer', 'Tomás Ibarra', 'Ana María Reyes']);
    expect(cleanAuthors(['By Rhys Callow And Dan Petrie For The Weekend Herald'], []).authors).toEqual(['Rhys Callow', 'Dan Petrie']);
    expect(cleanAuthors(['Ludwig van Beethoven'], []).authors).toEqual(['Ludwig van Beethoven']);
  });

  it('does not take people the story mentions in running text for its authors', () => {
    const person = (name: string) => `<span itemscope itemtype="https://schema.org/Person"><span itemprop="name">${name}</span></span>`;
    const text = `Der Basar lief gut, sagte ${person('Hedwig Brammer')} nach drei Stunden, und auch ${person('Olaf Tiedtke')} war zufrieden mit dem Erlös für den Sportverein, der rund 900 Euro für neue Trikots sammelte und nun die Fahrt zum Turnier im Herbst plant.`;
    expect(authorsOf('', `<article><h1>Basar</h1><p>${text}</p></article>`)).toEqual([]);
    expect(authorsOf('', `<article><h1>Basar</h1><p class="x">${person('Frauke Lindner')}</p><p>${text}</p></article>`)).toEqual(['Frauke Lindner']);
  });

  it("credits the person a personal site's dc.publisher or copyright names", () => {
    const head = '<meta name="author" content="Gerda Vohwinkel"><meta name="dcterms.publisher" content="Gerda Vohwinkel"><meta property="og:site_name" content="feld.notizen">';
    expect(authorsOf(head, '<h1>Der Schatten</h1>')).toEqual(['Gerda Vohwinkel']);
    const company = '<meta name="author" content="Example Media GmbH"><meta name="copyright" content="Example Media GmbH">';
    expect(authorsOf(company, '<h1>Story</h1>')).toEqual([]);
  });
});

describe('bylines without byline markup', () => {
  it('reads a short "von …" line, a label before a bare text node and a "Geschrieben von" link', async () => {
    const { labelledByline } = await import('../../src/structure/meta/labelled-byline');
    const doc = (body: string) => page('', body, 'de');
    expect(labelledByline(doc('<h2>Kopfstand</h2><p><em>Text von Jakob Wendler &nbsp; Illustration von Lena Ostrowski</em></p><p>Als ich das letzte Mal in Dresden war, geschah etwas.</p>'), []).authors).toEqual(['Jakob Wendler']);
    expect(labelledByline(doc('<div><h5>Datum: </h5>14.05.2022 <br><h5>Autor: </h5>Bernd Kessler/SP-X </div>'), []).authors).toEqual(['Bernd Kessler']);
    expect(labelledByline(doc('<span class="itemPoster">Geschrieben von <a href="/userinfo.php?uid=9">Brummer</a></span>'), []).authors).toEqual(['Brummer']);
    expect(labelledByline(doc('<h2>Promis <span>14.02.2022 09:15 von Greta </span></h2>'), []).authors).toEqual(['Greta']);
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
    const meta = extractMetadata(page('', '<header><h1>Ten bicycles stolen from a station</h1><p class="credit">JIJI</p></header><p>Story.</p>'), null);
    expect(meta.wire).toEqual(['JIJI']);
    const body = '<p>Reform text that runs on for a while.</p><p><strong>Autorin: Maren Tewes, Projektleiterin der Stiftung in Marokko.</strong></p>';
    expect(labelledByline(page('', body, 'de'), []).authors).toEqual(['Maren Tewes']);
  });

  it('never credits a company or a web address as a person', () => {
    expect(cleanAuthors(['Blaue Seiten GmbH & Co. KG Auskunftsstelle'], []).authors).toEqual([]);
    expect(cleanAuthors(['www.rucksackbereit.com'], [], { handles: true }).authors).toEqual([]);
    expect(cleanAuthors(['lea.mai'], [], { handles: true }).authors).toEqual(['lea.mai']);
  });
});

describe('bylines after page furniture', () => {
  it('reads "| By" after a label in the same line', () => {
    expect(authorsOf('', '<h1>Lost dog found</h1><div class="meta"><span>wow!</span> <span>| By </span><span>Nell Hadley</span></div>')).toEqual(['Nell Hadley']);
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
