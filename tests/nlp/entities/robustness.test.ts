// Bad input never throws and returns quickly; every mention's span is exactly its text, over seeded random text.
import { describe, expect, it } from 'vitest';
import type { Block } from '../../../src/analysis';
import { extractEntities } from '../../../src/nlp/entities';
import { expectEntitySpansReadBack } from '../../helpers/entity-spans';
import { seededRandom } from '../../helpers/seeded-random';

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('extractEntities on bad input', () => {
  it('returns nothing for no blocks, empty text and blocks of kinds it does not read', () => {
    expect(extractEntities([])).toEqual([]);
    expect(extractEntities([{ kind: 'paragraph', text: '' }, { kind: 'heading', text: '   \n ' }])).toEqual([]);
    // A kind outside the contract (a caller's own furniture) is not story text.
    expect(extractEntities([{ kind: 'footer' as Block['kind'], text: 'Russian President Vladimir Putin in Moscow.' }])).toEqual([]);
  });

  it('returns quickly on 5 MB without spaces', () => {
    const { value, ms } = timed(() => extractEntities([{ kind: 'paragraph', text: 'x'.repeat(5_000_000) }]));
    expect(value).toEqual([]);
    expect(ms).toBeLessThan(3000);
  });

  it('returns quickly on 5 MB of words, within its token budget', () => {
    const text = 'Sun Weidong met Sergey Lavrov in Moscow. '.repeat(125_000);
    const blocks: Block[] = [{ kind: 'paragraph', text }];
    const { value, ms } = timed(() => extractEntities(blocks, { maxTokens: 20_000 }));
    expect(ms).toBeLessThan(5000);
    expectEntitySpansReadBack(blocks, value);
    expect(Math.max(...value.flatMap((entity) => entity.mentions.map((span) => span.end)))).toBeLessThan(200_000);
  });

  it('survives all capitals, emoji, right-to-left and mixed scripts', () => {
    const blocks: Block[] = [
      { kind: 'title', text: 'CHINA’S VICE FOREIGN MINISTER SUN WEIDONG SAYS CHINA AND RUSSIA SHOULD PLAY A BETTER ROLE' },
      { kind: 'paragraph', text: '🙂🙂 Putin 🇷🇺 met Xi 🇨🇳 in 👍🏽 Beijing 👨‍👩‍👧 today.' },
      { kind: 'paragraph', text: 'قال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة. Lavrov said ‏Moscow‎ was ready.' },
      { kind: 'quote', text: 'שר החוץ נפגש עם Sergey Lavrov ב-Moscow 習近平主席は北京でプーチン大統領と会談した。' },
      { kind: 'list-item', text: '\u0301\u200d\ufeff\ud800 lone surrogate and marks' },
    ];
    const { value, ms } = timed(() => extractEntities(blocks));
    expect(ms).toBeLessThan(1000);
    expectEntitySpansReadBack(blocks, value);
  });
});

describe('mention spans over random text', () => {
  it('always slice back to the entity’s name or alias (seeded, 400 documents)', () => {
    const { next, pick } = seededRandom(20240228);
    const words = [
      'China', "China's", 'Russia', 'Chinese', 'Russian', 'President', 'Vice', 'Foreign', 'Minister', 'Sun', 'Weidong', "Sun's",
      'the', 'ministry', 'Ministry', 'BRICS', 'Summit', 'Games', 'Korean', 'peninsula', 'Beijing-Moscow', 'Moscow', 'said', 'and',
      'Shanghai', 'Cooperation', 'Organisation', '(SCO)', 'SCO', 'of', 'a', ',', '.', '"', '—', 'spokesperson', 'Olympics', 'von',
      '🙂', 'موسكو', '習近平', 'Ş', 'e\u0301', 'Türkiye’s', 'U.S.', 'Dr.', '2024', 'Sergey', 'Lavrov,', 'the', 'foreign',
    ];
    const separators = [' ', ' ', ' ', '', '\n', '  ', '\u00a0'];
    const kinds: Block['kind'][] = ['title', 'dek', 'paragraph', 'heading', 'quote', 'list-item', 'caption'];
    for (let round = 0; round < 400; round += 1) {
      const blocks: Block[] = [];
      for (let b = Math.floor(next() * 4); b >= 0; b -= 1) {
        let text = '';
        for (let w = Math.floor(next() * 40); w > 0; w -= 1) text += pick(words) + pick(separators);
        blocks.push({ kind: pick(kinds), text });
      }
      expectEntitySpansReadBack(blocks, extractEntities(blocks));
      // Any tag sequence at all, even an ill-formed one, must leave the rules with valid spans.
      const tags = ['O', 'O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC', 'X-FOO', ''];
      expectEntitySpansReadBack(blocks, extractEntities(blocks, { tag: (words) => words.map(() => pick(tags)) }));
    }
  });
});
