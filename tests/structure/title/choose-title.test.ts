// chooseTitle when the h1 and the metadata title are worded differently.
import { describe, expect, it } from 'vitest';
import { chooseTitle } from '../../../src/structure/title';
import type { PageMetadata } from '../../../src/structure/types';
import { linkedomDocument, page } from '../body/dom';

function meta(title: string, pageTypes: string[] = []): PageMetadata {
  return { title, description: null, section: null, authors: [], publisher: 'Example', publishedAt: null, modifiedAt: null, language: null, canonicalUrl: 'https://www.example.com/a', image: null, wire: [], pageTypes };
}
const doc = linkedomDocument(page(''));

describe('chooseTitle with differently worded titles', () => {
  it('takes a sentence-like h1 over an unrelated metadata title on a page not declared as an article', () => {
    expect(chooseTitle(doc, meta('Gefahrstoff-Service'), 'Gefahrstoffmanagement für Hersteller und Importeure')).toBe('Gefahrstoffmanagement für Hersteller und Importeure');
    expect(chooseTitle(doc, meta('Home', ['WebPage', 'og:website']), 'Time to say goodbye.')).toBe('Time to say goodbye.');
  });

  it('keeps the metadata title of a declared article, and over a one- or two-word h1', () => {
    expect(chooseTitle(doc, meta('Israel und Gaza: News und Entwicklungen', ['NewsArticle']), 'Krieg in Nahost: USA schliessen Hafen')).toBe('Israel und Gaza: News und Entwicklungen');
    expect(chooseTitle(doc, meta('Mit dem Arbeitgeber fürs Alter vorsorgen'), 'Betriebliche Altersvorsorge')).toBe('Mit dem Arbeitgeber fürs Alter vorsorgen');
  });
});

describe('chooseTitle when the h1 holds the metadata title', () => {
  it('takes the h1 that wraps the metadata title or runs on from it mid-sentence', () => {
    expect(chooseTitle(doc, meta('Apfelkuchen vom Blech'), 'Knuspriger Apfelkuchen vom Blech: ganz einfach!')).toBe('Knuspriger Apfelkuchen vom Blech: ganz einfach!');
    expect(chooseTitle(doc, meta('Ultium Cells raises factory capacity'), 'Ultium Cells raises factory capacity in Tennessee')).toBe('Ultium Cells raises factory capacity in Tennessee');
  });

  it('keeps the metadata title when the h1 adds a kicker in front or a new line after it', () => {
    expect(chooseTitle(doc, meta('Schwere Zeiten für die neue Koalition'), 'Tunesien Schwere Zeiten für die neue Koalition')).toBe('Schwere Zeiten für die neue Koalition');
    expect(chooseTitle(doc, meta('Tagesschau unterschlägt Demo in Essen'), 'Tagesschau unterschlägt Demo in Essen Gebührenfinanzierte Verharmlosung')).toBe('Tagesschau unterschlägt Demo in Essen');
  });
});

describe('chooseTitle when the h1 is the last segment of the metadata title', () => {
  it('takes the story before " | Name" when the h1 is that name', () => {
    expect(chooseTitle(doc, meta('Kalbsschnitzel mit Kartoffelsalat | Kochen mit Herz'), 'Kochen mit Herz')).toBe('Kalbsschnitzel mit Kartoffelsalat');
  });

  it('keeps the h1 behind a short section or place label', () => {
    expect(chooseTitle(doc, meta('Kücknitz - So lief die Auktion der Schätzchen'), 'So lief die Auktion der Schätzchen')).toBe('So lief die Auktion der Schätzchen');
    expect(chooseTitle(doc, meta('Chronik: Hanna Leitner ist tot'), 'Hanna Leitner ist tot')).toBe('Hanna Leitner ist tot');
  });
});

describe('chooseTitle when the h1 rewords the declared title', () => {
  const article = (title: string, backed: boolean): PageMetadata => ({ ...meta(title, ['NewsArticle']), titleBacked: backed });

  it('keeps the h1 as shown, unless JSON-LD headline and og:title both word it the other way', () => {
    expect(chooseTitle(doc, article('Johannesburg has failed its informal traders', false), 'Joburg has failed its informal traders')).toBe('Joburg has failed its informal traders');
    expect(chooseTitle(doc, article('Johannesburg has failed its informal traders', true), 'Joburg has failed its informal traders')).toBe('Johannesburg has failed its informal traders');
    expect(chooseTitle(doc, { ...meta('Johannesburg has failed its informal traders'), titleBacked: true }, 'Joburg has failed its informal traders')).toBe('Joburg has failed its informal traders');
  });
});
