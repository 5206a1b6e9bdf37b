// How the loaders turn corpus annotations into gold: fundus entries and trafilatura items (no corpus needed).
import { describe, expect, it } from 'vitest';
import { fundusGold } from '../../bench/corpus/fundus';
import { trafilaturaGold } from '../../bench/corpus/trafilatura';

describe('fundus gold', () => {
  it('takes the day as written, the body from section headlines and paragraphs, the dek from the summary', () => {
    const gold = fundusGold({
      title: 'A title',
      authors: ['Jane Doe'],
      publishing_date: '2023-04-28 23:40:08-05:00',
      body: {
        summary: ['First part.', 'Second part.'],
        sections: [
          { headline: [], paragraphs: ['One.', 'Two.'] },
          { headline: ['A subhead'], paragraphs: ['Three.'] },
        ],
      },
      images: [
        { is_cover: false, authors: ['Someone Else'] },
        { is_cover: true, authors: ['AP Photo/Evan Vucci'] },
      ],
    });
    expect(gold).toEqual({
      title: 'A title',
      authors: ['Jane Doe'],
      day: '2023-04-28',
      body: 'One.\nTwo.\nA subhead\nThree.',
      dek: 'First part. Second part.',
      credits: ['AP Photo/Evan Vucci'],
    });
  });

  it('leaves out what the entry does not annotate', () => {
    const gold = fundusGold({ title: 'T', authors: [], publishing_date: null, body: { summary: [], sections: [] }, images: [{ authors: [] }] });
    expect(gold).toEqual({ title: 'T' });
  });
});

describe('trafilatura gold', () => {
  it('keeps snippets always and metadata only where annotated', () => {
    expect(trafilaturaGold({ file: 'x.html', with: ['a'], without: ['b'], author: '', title: '', date: '' })).toEqual({
      with: ['a'],
      without: ['b'],
    });
    expect(trafilaturaGold({ file: 'x.html', with: ['a'], without: [], author: 'Jane Doe', title: 'T', date: '2022-11-1' })).toEqual({
      with: ['a'],
      without: [],
      authors: ['Jane Doe'],
      title: 'T',
      day: '2022-11-01',
    });
  });
});
