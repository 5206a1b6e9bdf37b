// Spans ending in an organisation word become organisations; places that end like one stay places.
import { describe, expect, it } from 'vitest';
import { orgEndingsAsOrg } from '../../../src/nlp/ner/org-spans';

describe('orgEndingsAsOrg', () => {
  it('retypes a place-looking span that ends in an organisation word', () => {
    const words = ['the', 'European', 'Central', 'Bank', 'said'];
    expect(orgEndingsAsOrg(words, ['O', 'B-LOC', 'I-LOC', 'I-LOC', 'O'])).toEqual(['O', 'B-ORG', 'I-ORG', 'I-ORG', 'O']);
  });

  it('leaves single words, organisations, and endings the lists do not hold alone', () => {
    expect(orgEndingsAsOrg(['Bank'], ['B-LOC'])).toEqual(['B-LOC']);
    expect(orgEndingsAsOrg(['Mexico', 'City'], ['B-LOC', 'I-LOC'])).toEqual(['B-LOC', 'I-LOC']);
    expect(orgEndingsAsOrg(['World', 'Bank'], ['B-ORG', 'I-ORG'])).toEqual(['B-ORG', 'I-ORG']);
    expect(orgEndingsAsOrg(['Sun', 'Weidong'], ['B-PER', 'I-PER'])).toEqual(['B-PER', 'I-PER']);
  });
});
