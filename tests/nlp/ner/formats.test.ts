// The corpus readers on small inline samples of each format (never the corpus itself).
import { describe, expect, it } from 'vitest';
import { normaliseTag, parseCorpus } from '../../../bench/ner/formats';
import { documentsOf } from '../../../bench/ner/read-corpus';

describe('parseCorpus', () => {
  it('reads CoNLL++ (4 columns, -DOCSTART-, blank lines between sentences)', () => {
    const text = ['-DOCSTART- -X- -X- O', '', 'JAPAN NNP I-NP B-LOC', 'GET VB I-VP O', '', 'Nadim NNP I-NP B-PER', 'Ladki NNP I-NP I-PER', ''].join('\n');
    expect(parseCorpus(text, 'conll')).toEqual([
      { tokens: ['JAPAN', 'GET'], tags: ['B-LOC', 'O'], doc: 0 },
      { tokens: ['Nadim', 'Ladki'], tags: ['B-PER', 'I-PER'], doc: 0 },
    ]);
  });

  it('numbers documents by -DOCSTART- and groups them back', () => {
    const text = ['-DOCSTART- -X- -X- O', '', 'A NNP I-NP O', '', 'B NNP I-NP O', '', '-DOCSTART- -X- -X- O', '', 'C NNP I-NP O', ''].join('\n');
    const sentences = parseCorpus(text, 'conll');
    expect(sentences.map((s) => s.doc)).toEqual([0, 0, 1]);
    expect(documentsOf(sentences).map((doc) => doc.map((s) => s.tokens[0]))).toEqual([['A', 'B'], ['C']]);
    // Tweets have no documents: each stands alone.
    expect(documentsOf(parseCorpus('a\tO\n\nb\tO\n', 'twitter')).length).toBe(2);
  });

  it('reads Universal NER (comments, index column, 5 tab-separated columns)', () => {
    const text = [
      '# newdoc id = answers-1',
      '# sent_id = answers-1-0001',
      '# text = in tampa bay ,',
      '1\tin\tO\t-\t-',
      '2\ttampa\tB-LOC\t-\tstephen',
      '3\tbay\tI-LOC\t-\tstephen',
      '4\t#\tO\t-\t-',
      '',
    ].join('\n');
    expect(parseCorpus(text, 'uner')).toEqual([{ tokens: ['in', 'tampa', 'bay', '#'], tags: ['O', 'B-LOC', 'I-LOC', 'O'], doc: 0 }]);
  });

  it('reads wikigold as IOB1 and rewrites it as IOB2', () => {
    const text = ['-DOCSTART- O', '', '010 I-MISC', 'is O', 'from I-ORG', 'The I-ORG', 'Mad I-ORG', '', ''].join('\n');
    expect(parseCorpus(text, 'wikigold')).toEqual([{ tokens: ['010', 'is', 'from', 'The', 'Mad'], tags: ['B-MISC', 'O', 'B-ORG', 'I-ORG', 'I-ORG'], doc: 0 }]);
  });

  it('reads BTC and maps WNUT17 types onto PER/LOC/ORG/MISC', () => {
    expect(parseCorpus('Happy\tO\nLondon\tB-LOC\n\nhi\tO\r\n', 'twitter')).toEqual([
      { tokens: ['Happy', 'London'], tags: ['O', 'B-LOC'] },
      { tokens: ['hi'], tags: ['O'] },
    ]);
    const wnut = ['Empire\tB-location', 'State\tI-location', 'ESB\tB-corporation', 'fans\tB-group', 'iPhone\tB-product', 'Up\tB-creative-work', 'Bob\tB-person', ''].join('\n');
    expect(parseCorpus(wnut, 'twitter')[0]?.tags).toEqual(['B-LOC', 'I-LOC', 'B-ORG', 'B-ORG', 'B-MISC', 'B-MISC', 'B-PER']);
  });

  it('turns unknown labels into O', () => {
    expect(normaliseTag('B-DATE')).toBe('O');
    expect(normaliseTag('O')).toBe('O');
    expect(normaliseTag('I-per')).toBe('I-PER');
  });
});
