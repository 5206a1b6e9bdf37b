// parseCopiedText on copies in other sites' formats: it reads what each states and invents nothing.
import { describe, expect, it } from 'vitest';
import { parseCopiedText } from '../../../src/structure/copied-text';

const paragraphs = (text: string) => parseCopiedText(text).blocks.filter((block) => block.kind === 'paragraph');

describe('parseCopiedText on other formats', () => {
  it('reads a wire story: "By" byline with two authors, an "Updated" line, a dateline, a subheading, related', () => {
    const copy = [
      'Lawmakers reach deal on stopgap funding bill as shutdown deadline looms',
      'By Jane Doe and John Roe',
      'Updated 3:45 PM EST, Tue March 5, 2024',
      '',
      'WASHINGTON (AP) — Congressional leaders reached an agreement on Tuesday to keep the government funded for another two weeks, averting a partial shutdown.',
      'The deal still needs votes in both chambers before the Friday deadline, and several members have said they will oppose it.',
      'What happens next',
      'The House is expected to vote first, possibly as early as Wednesday evening, aides said.',
      'Related',
      'Senate passes aid package after months of delay',
      'What a shutdown would mean for federal workers',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(page.article.title).toBe('Lawmakers reach deal on stopgap funding bill as shutdown deadline looms');
    expect(page.article.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(page.article.publishedAt).toBeNull();
    expect(page.article.modifiedAt).toBe('2024-03-05T15:45:00-05:00');
    expect(page.article.section).toBeNull();
    expect(page.article.statedReadingMinutes).toBeNull();
    expect(page.article.dek).toBeNull();
    expect(page.article.wire).toEqual(['AP']);
    expect(page.blocks.map((block) => block.kind)).toEqual(['title', 'paragraph', 'paragraph', 'heading', 'paragraph']);
    expect(page.article.related.map((item) => item.title)).toEqual([
      'Senate passes aid package after months of delay',
      'What a shutdown would mean for federal workers',
    ]);
  });

  it('reads a German copy: dek, "Von" byline, numeric date with time, reading time, "Quelle:" credit', () => {
    const copy = [
      'Bundestag beschließt neues Heizungsgesetz nach langer Debatte',
      'Die Ampel-Koalition hat ihr umstrittenes Gebäudeenergiegesetz nach monatelangem Streit durch das Parlament gebracht.',
      'Von Anna Schmidt',
      '08.09.2023, 14:52 Uhr',
      'Lesezeit: 3 Minuten',
      'Der Bundestag hat am Freitag das umstrittene Heizungsgesetz beschlossen. Für den Entwurf stimmten 399 Abgeordnete.',
      'Das Gesetz soll am 1. Januar 2024 in Kraft treten und schreibt vor, dass neue Heizungen zu 65 Prozent mit erneuerbaren Energien betrieben werden.',
      'Quelle: dpa',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(page.article.dek).toMatch(/^Die Ampel-Koalition/);
    expect(page.article.authors).toEqual(['Anna Schmidt']);
    expect(page.article.publishedAt).toBe('2023-09-08');
    expect(page.article.statedReadingMinutes).toBe(3);
    expect(page.article.wire).toEqual(['dpa']);
    expect(paragraphs(copy)).toHaveLength(2);
  });

  it('reads a byline and date on one line, and a caption credited in brackets', () => {
    const copy = [
      'Floods force thousands from their homes in southern Brazil',
      'Residents wade through a flooded street in Porto Alegre on Sunday. (AP Photo/Carlos Macedo)',
      'By Maria Silva | May 6, 2024',
      'Heavy rain has forced more than 80,000 people from their homes in Rio Grande do Sul, officials said on Sunday.',
      'Rescue teams are using boats and helicopters to reach families stranded on rooftops across the state.',
    ].join('\n');
    const { article } = parseCopiedText(copy);
    expect(article.authors).toEqual(['Maria Silva']);
    expect(article.publishedAt).toBe('2024-05-06');
    expect(article.image).toEqual({ src: null, alt: null, caption: 'Residents wade through a flooded street in Porto Alegre on Sunday.', credit: 'AP Photo/Carlos Macedo' });
  });

  it('without any header reads every line as body and names no title', () => {
    const copy = 'The central bank held rates steady on Thursday, citing persistent inflation in services.\n\nEconomists had expected the decision, which was unanimous among the nine members of the committee.';
    const page = parseCopiedText(copy);
    expect(page.article.title).toBeNull();
    expect(page.article.authors).toEqual([]);
    expect(paragraphs(copy)).toHaveLength(2);
    expect(page.isArticle).toBe(true);
  });

  it('a title followed straight by prose keeps the first sentence-line in the body, not as a dek', () => {
    const copy = 'Central bank holds rates steady\nThe central bank held rates steady on Thursday.\nEconomists had expected the decision, which was unanimous.';
    const page = parseCopiedText(copy);
    expect(page.article.title).toBe('Central bank holds rates steady');
    expect(page.article.dek).toBeNull();
    expect(paragraphs(copy)).toHaveLength(2);
  });

  it('a copied list of headlines is not an article', () => {
    const copy = ['Top stories', 'Markets rally as inflation cools', 'Storm batters coast overnight', 'Election results: live updates', 'Opinion: the case for four-day weeks'].join('\n');
    expect(parseCopiedText(copy).isArticle).toBe(false);
  });

  it('empty or blank input gives an empty, non-article page', () => {
    for (const text of ['', '   \n\n\t\n']) {
      const page = parseCopiedText(text);
      expect(page.isArticle).toBe(false);
      expect(page.blocks).toEqual([]);
      expect(page.article.title).toBeNull();
    }
  });

  it('drops page furniture and inline "Read more:" links from the body', () => {
    const copy = [
      'Heatwave breaks June records across Europe',
      'By Tom Berger',
      'June 30, 2025',
      'Temperatures passed 40C in parts of Spain and Portugal on Sunday, the earliest such reading on record.',
      'Advertisement',
      'Read more: How cities are adapting to extreme heat',
      'Meteorologists said the heat would ease by midweek as cooler air moved in from the Atlantic.',
      'Share',
      '© 2025 Example Media. All rights reserved.',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(paragraphs(copy).map((block) => block.text.slice(0, 12))).toEqual(['Temperatures', 'Meteorologis']);
    expect(page.article.related).toEqual([{ title: 'How cities are adapting to extreme heat', href: null }]);
  });
});
