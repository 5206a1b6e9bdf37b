// The benchmark metrics on tiny hand-made inputs: normalisation, author set-F1, days, 4-gram F1, snippets, split.
import { describe, expect, it } from 'vitest';
import { aggregateShingles, pageF1, shingleMatch, shingles, wordTokens } from '../../bench/metrics/ngrams';
import { scorePage, setF1, titleMatch } from '../../bench/metrics/page-scores';
import { countSnippets, snippetScores } from '../../bench/metrics/snippets';
import { dayOf, nameKeys, textKey } from '../../bench/metrics/text-keys';
import { fnv1a32, splitOf } from '../../bench/corpus/paths';
import { quickSubset } from '../../bench/corpus/load';
import type { BenchPage } from '../../bench/corpus/types';
import { computeFigures } from '../../bench/metrics/figures';

describe('title exact', () => {
  it('ignores case, NFKC width, curly quotes and spacing', () => {
    expect(titleMatch('Mexico’s economy  grew “fast”', "MEXICO'S economy grew \"fast\" ")).toBe(1);
    expect(titleMatch('Ｔｅｓｔ title', 'test title')).toBe(1);
  });
  it('counts a missing or different title as wrong', () => {
    expect(titleMatch('A title', null)).toBe(0);
    expect(titleMatch('A title', 'A title | Site')).toBe(0);
    expect(textKey(' a\u00A0 b ')).toBe('a b');
  });
});

describe('author set-F1', () => {
  it('splits on , ; & | and "and", drops a leading By, compares case-insensitively', () => {
    expect([...nameKeys(['By Jane Doe and John Roe; Ann Lee | Bo Yu & Al Ma'])]).toEqual([
      'jane doe', 'john roe', 'ann lee', 'bo yu', 'al ma',
    ]);
    expect([...nameKeys(['by: JANE DOE'])]).toEqual(['jane doe']);
  });
  it('scores partial overlap per page', () => {
    expect(setF1(nameKeys(['Jane Doe', 'John Roe']), nameKeys(['jane doe']))).toBeCloseTo(2 / 3);
    expect(setF1(nameKeys(['Jane Doe']), new Set())).toBe(0);
  });
  it('leaves pages without a gold author out of the mean', () => {
    const prediction = { title: null, authors: ['X'], published: null, body: null, dek: null, credit: null };
    const fields = new Set(['authors'] as const);
    expect(scorePage({ authors: [] }, prediction, fields).author).toBeUndefined();
    const figures = computeFigures([
      scorePage({ authors: ['X'] }, prediction, fields),
      scorePage({ authors: ['Y'] }, prediction, fields),
      scorePage({}, prediction, fields),
    ]);
    expect(figures.author).toEqual({ value: 0.5, n: 2 });
  });
});

describe('publication day', () => {
  it('takes the day as written, without shifting time zones', () => {
    expect(dayOf('2023-04-28T23:30:00-05:00')).toBe('2023-04-28');
    expect(dayOf('2023-04-29T00:30:00+02:00')).toBe('2023-04-29');
    expect(dayOf('2023/4/7')).toBe('2023-04-07');
    expect(dayOf('Fri, 28 Apr 2023 17:40:08 GMT')).toBe('2023-04-28');
    expect(dayOf('no date')).toBeNull();
    expect(dayOf(null)).toBeNull();
  });
  it('counts a null answer as right when the gold says the page has no date', () => {
    const none = { title: null, authors: [], published: null, body: null, dek: null, credit: null };
    const fields = new Set(['published'] as const);
    expect(scorePage({ day: null }, none, fields).day).toBe(1);
    expect(scorePage({ day: null }, { ...none, published: '2020-01-01' }, fields).day).toBe(0);
    expect(scorePage({ day: '2020-01-01' }, none, fields).day).toBe(0);
  });
});

describe('body 4-gram F1 (article-extraction-benchmark)', () => {
  it('tokenises word characters, lower-cased, and counts 4-gram multisets', () => {
    expect(wordTokens("It's 3.5% — Ünïcode_x!")).toEqual(['it', 's', '3', '5', 'ünïcode_x']);
    expect([...shingles('a b c d e').values()]).toEqual([1, 1]);
    expect(shingles('a b').size).toBe(1);
    expect(shingles('').size).toBe(0);
  });
  it('normalises tp/fp/fn per page and averages precision and recall over pages', () => {
    const exact = shingleMatch('one two three four five', 'One two three four five');
    expect(exact).toEqual({ tp: 1, fp: 0, fn: 0 });
    // gold 2 shingles, prediction adds 2 extra: tp 2, fp 2, fn 0 → shares .5/.5/0
    const extra = shingleMatch('a b c d e', 'a b c d e f g');
    expect(extra).toEqual({ tp: 0.5, fp: 0.5, fn: 0 });
    expect(pageF1(extra)).toBeCloseTo(2 / 3);
    const empty = shingleMatch('a b c d', '');
    const { precision, recall, f1 } = aggregateShingles([exact, extra, empty]);
    // the empty prediction has no precision (tp+fp = 0) but recall 0
    expect(precision).toBeCloseTo((1 + 0.5) / 2);
    expect(recall).toBeCloseTo((1 + 1 + 0) / 3);
    expect(f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
  });
});

describe('trafilatura snippet F1', () => {
  it('matches whitespace-normalised, case-sensitive substrings', () => {
    const counts = countSnippets(['needed  text', 'Missing bit'], ['Impressum', 'Footer'], 'some needed\ntext here\nImpressum');
    expect(counts).toEqual({ tp: 1, fp: 1, fn: 1, tn: 1 });
    expect(countSnippets(['needed text'], [], 'NEEDED TEXT').tp).toBe(0);
  });
  it('scores a failed extraction as all misses and pools counts over pages', () => {
    expect(countSnippets(['a'], ['b'], null)).toEqual({ tp: 0, fp: 0, fn: 1, tn: 1 });
    const scores = snippetScores([
      { tp: 3, fp: 1, fn: 0, tn: 2 },
      { tp: 1, fp: 0, fn: 2, tn: 3 },
    ]);
    expect(scores.precision).toBeCloseTo(4 / 5);
    expect(scores.recall).toBeCloseTo(4 / 6);
    expect(scores.f1).toBeCloseTo(8 / 11);
  });
});

describe('splits', () => {
  it('uses FNV-1a 32-bit parity of the relative path', () => {
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(splitOf('a')).toBe('dev');
    expect(splitOf('foobar')).toBe('dev');
    expect(splitOf('b')).toBe(fnv1a32('b') % 2 === 0 ? 'dev' : 'held-out');
  });
  it('draws a fixed quick subset from both splits', () => {
    const pages: BenchPage[] = Array.from({ length: 200 }, (_, i) => {
      const relPath = `set/page-${i}.html.gz`;
      return { set: 'aeb', relPath, url: null, split: splitOf(relPath), gold: {} };
    });
    const subset = quickSubset(pages, 30);
    expect(subset).toHaveLength(30);
    expect(quickSubset([...pages].reverse(), 30).map((p) => p.relPath)).toEqual(subset.map((p) => p.relPath));
    expect(new Set(subset.map((p) => p.split))).toEqual(new Set(['dev', 'held-out']));
  });
});
