import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../../../src/structure/metadata';
import { mergeWithVisibleByline } from '../../../src/structure/meta/byline-merge';
import { labelledByline } from '../../../src/structure/meta/labelled-byline';
import { ldScript, page } from './helpers';

describe('labelledByline', () => {
  it('reads the name after an author label in its own element', () => {
    const doc = page('', '<article><p>Story text.</p></article><div class="col"><ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Roman Goncharenko</li></ul></div>');
    expect(labelledByline(doc, []).authors).toEqual(['Roman Goncharenko']);
  });

  it('reads a definition list and sends agencies to wire', () => {
    expect(labelledByline(page('', '<dl><dt>Author:</dt><dd>Jane Doe and John Roe</dd></dl>'), []).authors).toEqual(['Jane Doe', 'John Roe']);
    expect(labelledByline(page('', '<p><b>Texte</b> : AFP</p>'), [])).toEqual({ authors: [], wire: ['AFP'] });
  });

  it('ignores labels in comments or footers and labels that are part of a sentence', () => {
    expect(labelledByline(page('', '<footer><p><strong>Author</strong> Jane Doe</p></footer>'), []).authors).toEqual([]);
    expect(labelledByline(page('', '<p>Our <strong>author</strong> Jane Doe wrote this.</p>'), []).authors).toEqual([]);
  });

  it('is used only when no other source names anyone', () => {
    const labelled = '<main><h1>Gegenoffensive</h1><p>Text.</p></main><aside class="facts"><p><strong>Autor</strong> Roman Goncharenko</p></aside>';
    expect(extractMetadata(page('', labelled), null).authors).toEqual([]); // asides are not the story's
    const inMain = '<main><h1>Gegenoffensive</h1><p>Text.</p><ul><li><strong>Autor</strong> Roman Goncharenko</li></ul></main>';
    expect(extractMetadata(page('', inMain), null).authors).toEqual(['Roman Goncharenko']);
    expect(extractMetadata(page('<meta name="author" content="Jane Doe">', inMain), null).authors).toEqual(['Jane Doe']);
  });
});

describe('mergeWithVisibleByline', () => {
  it('takes a microdata byline that names every metadata author and more', () => {
    expect(mergeWithVisibleByline(['Marlene Holm'], { authors: ['Ingrid Treborg', 'Marlene Holm'], wire: [], origin: 'microdata' })).toEqual(['Ingrid Treborg', 'Marlene Holm']);
  });

  it('keeps the metadata authors when the visible byline misses one or is only a class-name guess', () => {
    expect(mergeWithVisibleByline(['Marlene Holm'], { authors: ['Ingrid Treborg'], wire: [], origin: 'microdata' })).toEqual(['Marlene Holm']);
    expect(mergeWithVisibleByline(['Marlene Holm'], { authors: ['Ingrid Treborg', 'Marlene Holm'], wire: [], origin: 'dom' })).toEqual(['Marlene Holm']);
    expect(mergeWithVisibleByline(['Marlene Holm'], { authors: ['Foto: Mads Rasmussen', 'Marlene Holm'], wire: [], origin: 'microdata' })).toEqual(['Marlene Holm']);
  });

  it('completes a first name from the visible byline', () => {
    expect(mergeWithVisibleByline(['Sarah', 'Tom Jones'], { authors: ['Sarah Miller', 'Peter Pan'], wire: [], origin: 'dom' })).toEqual(['Sarah Miller', 'Tom Jones']);
  });

  it('merges through extractMetadata with microdata Person bylines', () => {
    const people = ['Ingrid Treborg', 'Marlene Holm'].map((name) => `<div itemscope itemtype="http://schema.org/Person"><a rel="author" itemprop="url name" href="mailto:x@example.com">${name}</a></div>`).join('');
    const doc = page(ldScript({ '@type': 'NewsArticle', headline: 'Dom', author: [{ '@type': 'Person', name: 'Marlene Holm' }] }), `<article><h1>Dom</h1>${people}<p>Text.</p></article>`);
    expect(extractMetadata(doc, null).authors).toEqual(['Ingrid Treborg', 'Marlene Holm']);
  });
});
