// parseCopiedText on the reference page: the seed's copied text must yield the article's full structure.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCopiedText } from '../../../src/structure/copied-text';

const seed = readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8');
const seedLines = seed.split('\n');

describe('parseCopiedText on the TRT World seed', () => {
  const page = parseCopiedText(seed);
  const { article } = page;

  it('reads the header: kicker, reading time, title, dek, byline and date', () => {
    expect(article.section).toBe('WORLD');
    expect(article.statedReadingMinutes).toBe(2);
    expect(article.title).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
    expect(article.dek).toBe(seedLines[3]);
    expect(article.authors).toEqual(['Sadiq S Bhat']);
    expect(article.publishedAt).toBe('2024-02-28');
    expect(article.modifiedAt).toBeNull();
    expect(article.publisher).toBeNull();
  });

  it('splits the lead caption from its doubled credit', () => {
    expect(article.image).toEqual({
      src: null,
      alt: null,
      caption: 'Chinese President Xi Jinping and Russian President Vladimir Putin pose for a photo before their talks in Beijing, China.',
      credit: 'AP Archive',
    });
  });

  it('keeps exactly the nine body paragraphs, without RECOMMENDED, SOURCE or the Explore list', () => {
    const body = page.blocks.filter((block) => block.kind === 'paragraph');
    expect(body).toHaveLength(9);
    expect(page.blocks.filter((block) => block.kind !== 'paragraph').map((block) => block.kind)).toEqual(['title', 'dek', 'caption']);
    expect(body[0]!.text).toMatch(/^China and Russia should strengthen communication/);
    expect(body[4]!.text).toBe('He also met Russian Foreign Minister Sergey Lavrov.');
    expect(body[5]!.text).toMatch(/^Both China and Russia exchanged views/);
    expect(body[8]!.text).toBe('The BRICS bloc of developing nations includes China, Brazil, Russia, India and South Africa.');
    expect(body.some((block) => /RECOMMENDED|SOURCE|Explore/.test(block.text))).toBe(false);
    expect(page.isArticle).toBe(true);
  });

  it('credits the wire and lists the 15 Explore headlines without links', () => {
    expect(article.wire).toEqual(['Reuters']);
    const explore = seedLines.slice(seedLines.indexOf('Explore') + 1).map((line) => line.trim()).filter(Boolean);
    expect(article.related).toEqual(explore.map((title) => ({ title, href: null })));
    expect(article.related).toHaveLength(15);
  });

  it('reads the same page copied with Windows line endings and stray spacing', () => {
    const messy = seed.replace(/\n/g, '\r\n').replace(/^WORLD/, '  WORLD  ').replace('2 MIN READ', '2 min read');
    const again = parseCopiedText(messy);
    expect(again.article).toEqual(article);
    expect(again.blocks).toEqual(page.blocks);
  });

  it('reads a publisher byline as the publisher, not an author', () => {
    const byPublisher = parseCopiedText(seed.replace('Sadiq S BhatSadiq S Bhat', 'TRT WorldTRT World'));
    expect(byPublisher.article.authors).toEqual([]);
    expect(byPublisher.article.publisher).toBe('TRT World');
    expect(byPublisher.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(9);
  });
});
