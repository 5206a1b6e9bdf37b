// Tokens and sentences of real news text: offsets, possessives, abbreviations, numbers, quotes.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/sentences';
import { tokenize } from '../../src/nlp/tokenize';
import { seededRandom } from '../helpers/seeded-random';

const words = (text: string) => tokenize(text).map((token) => token.text);
const sentences = (text: string) => splitSentences(tokenize(text)).map((s) => text.slice(s.start, s.end));
const seedBody = readFileSync(new URL('../fixtures/trtworld/copied.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.split(' ').length > 8);

describe('tokenize', () => {
  it('splits the seed sentence into words, possessives and punctuation with exact offsets', () => {
    const text = "China's Vice Foreign Minister Sun Weidong, who was in Moscow on Monday and Tuesday, said China and Russia should play a \"better role as an anchor of stability\", according to the ministry.";
    expect(words(text).slice(0, 8)).toEqual(['China', "'s", 'Vice', 'Foreign', 'Minister', 'Sun', 'Weidong', ',']);
    expect(words(text).slice(-7)).toEqual(['"', ',', 'according', 'to', 'the', 'ministry', '.']);
    for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text);
  });

  it('keeps numbers, initials, titles, hyphenated and apostrophe words whole', () => {
    expect(words('Dr. Sun met U.S. officials at 10:30 on 28.02.2024; 71,000+ died, 2.5% rose.')).toEqual([
      'Dr.', 'Sun', 'met', 'U.S.', 'officials', 'at', '10:30', 'on', '28.02.2024', ';', '71,000', '+', 'died', ',', '2.5', '%', 'rose', '.',
    ]);
    expect(words("Beijing-Moscow talks with O'Brien and Türkiye’s Fidan in the 1990s")).toEqual([
      'Beijing-Moscow', 'talks', 'with', "O'Brien", 'and', 'Türkiye', '’s', 'Fidan', 'in', 'the', '1990s',
    ]);
  });

  it('keeps dates and scores written with hyphens as one number', () => {
    expect(tokenize('BRUSSELS 1996-08-31: it ended 3-1.').map((token) => `${token.text}:${token.kind}`)).toEqual([
      'BRUSSELS:word', '1996-08-31:number', '::punctuation', 'it:word', 'ended:word', '3-1:number', '.:punctuation',
    ]);
  });

  it('keeps addresses whole but leaves their trailing full stop out', () => {
    expect(words('See https://www.trtworld.com/article/123. Mail news@trtworld.com today')).toEqual([
      'See', 'https://www.trtworld.com/article/123', '.', 'Mail', 'news@trtworld.com', 'today',
    ]);
  });

  it('gives every character of unspaced scripts its own token and never loses offsets', () => {
    expect(words('習近平主席は北京で')).toHaveLength(9);
    const random = seededRandom(11);
    const alphabet = [...'Ab .,\'’"“-—…1%$日\u0301🙂ş\n'];
    for (let round = 0; round < 3000; round += 1) {
      const text = random.text(alphabet, 30);
      let previousEnd = 0;
      for (const token of tokenize(text)) {
        expect(text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(previousEnd);
        expect(text.slice(previousEnd, token.start).trim()).toBe('');
        previousEnd = token.end;
      }
      expect(text.slice(previousEnd).trim()).toBe('');
    }
  });

  it('returns quickly on a long text without spaces', () => {
    const started = performance.now();
    expect(tokenize('x'.repeat(1_000_000))).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('splitSentences', () => {
  it('keeps each seed paragraph of one sentence whole, quotes and all', () => {
    expect(seedBody.length).toBeGreaterThanOrEqual(9);
    for (const paragraph of seedBody.filter((line) => line.startsWith('China') || line.startsWith('Sun'))) {
      expect(sentences(paragraph)).toEqual([paragraph]);
    }
  });

  it('ends sentences at full stops but not after titles, initials mid-sentence or decimals', () => {
    expect(sentences('Mr. Sun met Gen. Lavrov in the U.S. capital. He said growth was 2.5 per cent. "Why?" he asked. It rained!')).toEqual([
      'Mr. Sun met Gen. Lavrov in the U.S. capital.', 'He said growth was 2.5 per cent.', '"Why?" he asked.', 'It rained!',
    ]);
    expect(sentences('The deal went to the U.S. The company said so. Shares of Apple Inc. But not now')).toEqual([
      'The deal went to the U.S.', 'The company said so.', 'Shares of Apple Inc.', 'But not now',
    ]);
    expect(sentences('He said: "This is the end." Then he left.')).toEqual(['He said: "This is the end."', 'Then he left.']);
  });

  it('keeps a middle initial inside the name and the sentence, but not the pronoun I', () => {
    expect(sentences('Former President George W. Bush met John F. Kennedy Jr. in Texas. They talked.')).toEqual([
      'Former President George W. Bush met John F. Kennedy Jr. in Texas.', 'They talked.',
    ]);
    expect(tokenize('George W. Bush').map((token) => token.text)).toEqual(['George', 'W.', 'Bush']);
    expect(sentences('So did I. Then we left. It needs vitamin C. The doctor said so.')).toEqual([
      'So did I.', 'Then we left.', 'It needs vitamin C.', 'The doctor said so.',
    ]);
  });
});
