// Whether a bracketed acronym can stand for the name before it: its first letter begins a word, the others follow in order.
import { describe, expect, it } from 'vitest';
import { abbreviates } from '../../../src/nlp/entities/short-forms';

describe('abbreviates', () => {
  it('accepts initials, and letters from inside the words', () => {
    expect(abbreviates('NYAG', ['The', 'New', 'York', 'State', 'Attorney', 'General'])).toBe(true);
    expect(abbreviates('UKHD', ['Universitätsklinikum', 'Heidelberg'])).toBe(true);
    expect(abbreviates('AT&T', ['American', 'Telephone', 'and', 'Telegraph'])).toBe(true);
  });

  it('refuses letters that no word begins or that come out of order', () => {
    expect(abbreviates('AP', ['SAN', 'FRANCISCO'])).toBe(false);
    expect(abbreviates('SZ', ['Nationalrat', 'Mara', 'Okafor'])).toBe(false);
    expect(abbreviates('BCA', ['Association', 'of', 'British', 'Cooks'])).toBe(false);
  });
});
