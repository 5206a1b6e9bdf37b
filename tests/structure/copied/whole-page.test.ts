// parseCopiedText on whole-page copies (Ctrl+A): navigation first, share bars, label lines and composite bylines.
import { describe, expect, it } from 'vitest';
import { parseCopiedText } from '../../../src/structure/copied-text';

describe('parseCopiedText on whole-page copies', () => {
  it('finds the headline below the navigation by the byline and date around it', () => {
    const copy = [
      'Skip to main content',
      'Home',
      'World News',
      'Business and Markets',
      'Sign in to your account',
      'Europe',
      'Harbour strike halts container traffic in Rotterdam for a second day',
      'Dock workers want a 6 percent raise and fewer night shifts, their union says.',
      'Share',
      'Copy link',
      'By Pieter de Vries',
      'March 12, 2025 8:05 AM GMT+1',
      'Cranes stand idle at the port of Rotterdam during the strike. Reuters/Piroschka van de Wouw',
      'ROTTERDAM, March 12 (Reuters) - Container traffic at Europe\'s largest port stood still for a second day on Wednesday as dock workers extended their strike over pay.',
      'The union said talks with employers would resume on Friday, but no agreement was in sight.',
      'Most read',
      'Central bank signals pause in rate cuts',
      'Storm warning issued for the North Sea coast',
      '© 2025 Example News Ltd. All rights reserved.',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(page.article.title).toBe('Harbour strike halts container traffic in Rotterdam for a second day');
    expect(page.article.section).toBe('Europe');
    expect(page.article.dek).toBe('Dock workers want a 6 percent raise and fewer night shifts, their union says.');
    expect(page.article.authors).toEqual(['Pieter de Vries']);
    expect(page.article.publishedAt).toMatch(/^2025-03-12/);
    expect(page.article.image).toEqual({ src: null, alt: null, caption: 'Cranes stand idle at the port of Rotterdam during the strike.', credit: 'Reuters/Piroschka van de Wouw' });
    expect(page.article.wire).toEqual(['Reuters']);
    expect(page.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text.slice(0, 20))).toEqual([
      'ROTTERDAM, March 12 ',
      'The union said talks',
    ]);
    expect(page.article.related.map((item) => item.title)).toEqual(['Central bank signals pause in rate cuts', 'Storm warning issued for the North Sea coast']);
  });

  it('reads a question headline, a two-line standfirst and a "name · outlet · Posted: date" line', () => {
    const copy = [
      'Science',
      'Could a four-day week work for hospitals?',
      'A pilot in three regional hospitals reported fewer sick days and no longer waiting lists.',
      'Nurses and doctors who took part describe a very different working life',
      'Amira Khalil · Example Broadcasting News · Posted: Sep 03, 2024 6:00 AM EDT | Last Updated: September 3',
      'The pilot, which ran for twelve months, gave staff one extra day off a week without a cut in pay, the health authority said on Monday.',
      'Managers said the scheme had cost less than expected because spending on agency staff fell sharply.',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(page.article.title).toBe('Could a four-day week work for hospitals?');
    expect(page.article.section).toBe('Science');
    expect(page.article.dek).toBe('A pilot in three regional hospitals reported fewer sick days and no longer waiting lists.');
    expect(page.article.authors).toEqual(['Amira Khalil']);
    expect(page.article.publisher).toBe('Example Broadcasting News');
    expect(page.article.publishedAt).toBe('2024-09-03T06:00:00-04:00');
    expect(page.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(2);
  });

  it('reads a byline label alone on its line ("Von" / "By") with the names below it', () => {
    const copy = [
      'Landtag beschließt neues Schulgesetz nach langer Debatte',
      'Landtag beschließt neues Schulgesetz nach langer Debatte',
      'Nach monatelangem Streit hat das Parlament die Reform verabschiedet. Die Opposition kündigt eine Klage an.',
      'Von',
      'Katrin Vogel',
      '14.03.2025, 16:20 Uhr',
      'Der Landtag hat am Freitag mit knapper Mehrheit das neue Schulgesetz beschlossen. Für den Entwurf stimmten 68 Abgeordnete.',
    ].join('\n');
    const page = parseCopiedText(copy);
    expect(page.article.title).toBe('Landtag beschließt neues Schulgesetz nach langer Debatte');
    expect(page.article.dek).toMatch(/^Nach monatelangem Streit/);
    expect(page.article.authors).toEqual(['Katrin Vogel']);
    expect(page.article.publishedAt).toBe('2025-03-14');
    expect(page.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(1);
  });
});
