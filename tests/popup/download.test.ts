// The downloaded file's name: readable, safe on every file system, cut at a word.
import { describe, expect, it } from 'vitest';
import { jsonFileName } from '../../popup/download';
import { inventedAnalysis } from './invented-analysis';

function named(title: string | null, url: string | null = null) {
  const analysis = inventedAnalysis();
  analysis.article.title = title;
  analysis.url = url;
  return jsonFileName(analysis);
}

describe('jsonFileName', () => {
  it('makes a slug of the title, dropping accents and punctuation', () => {
    expect(named('Port Elling council backs a night ferry to Skarholm')).toBe('newslens-port-elling-council-backs-a-night-ferry-to-skarholm.json');
    expect(named('Résumé: Zürich’s “new” café / bar?')).toBe('newslens-resume-zurich-s-new-cafe-bar.json');
    expect(named('Новый паром в Скархольм')).toBe('newslens-новыи-паром-в-скархольм.json');
  });

  it('cuts a long title at a word boundary, and a single long word at 60 characters', () => {
    const long = named('The harbour council of Port Elling voted on Tuesday to fund a night ferry');
    expect(long).toBe('newslens-the-harbour-council-of-port-elling-voted-on-tuesday-to-fund.json');
    expect(named('x'.repeat(80))).toBe(`newslens-${'x'.repeat(60)}.json`);
  });

  it('falls back to the host, then to a plain name', () => {
    expect(named(null, 'https://courier.example/coast/1')).toBe('newslens-courier-example.json');
    expect(named('***', null)).toBe('newslens-analysis.json');
    expect(named(null, 'not a url')).toBe('newslens-analysis.json');
  });
});
