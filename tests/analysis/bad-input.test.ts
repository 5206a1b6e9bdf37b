// Hostile and unusual text through the whole Analysis with the shipped tagger: quick, total, and sane.
import { describe, expect, it } from 'vitest';
import { analyzePlainText } from '../../src/analyze';
import { tagDocument } from '../../src/nlp/ner';

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

describe('the Analysis on bad input', () => {
  it('returns empty entities and times for empty and blank text', () => {
    for (const text of ['', ' ', '\n\n\n', '\u00a0\t']) {
      const analysis = analyzePlainText(text, { tagger: tagDocument });
      expect(analysis.entities).toEqual([]);
      expect(analysis.times).toEqual([]);
    }
  });

  it('reads 5 MB without a space in well under two seconds', () => {
    const { value, ms } = timed(() => analyzePlainText('x'.repeat(5_000_000), { tagger: tagDocument }));
    expect(ms).toBeLessThan(2000);
    expect(value.entities).toEqual([]);
  });

  it('reads a 1 MB story of real sentences within its budget', () => {
    const sentence = 'Russian Foreign Minister Sergey Lavrov met Chinese officials in Moscow on Monday. ';
    const { value, ms } = timed(() => analyzePlainText(`${sentence.repeat(40)}\n`.repeat(300), { tagger: tagDocument }));
    expect(ms).toBeLessThan(5000);
    expect(value.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Sergey Lavrov', 'Moscow']));
  });

  it('does not call a shouted headline or emoji names, and keeps right-to-left and mixed scripts intact', () => {
    const shouted = analyzePlainText('BREAKING: MARKETS FALL AS TRADERS PANIC OVER RATES 🙂🙂🙂', { tagger: tagDocument });
    expect(shouted.entities.filter((entity) => entity.type === 'person')).toEqual([]);
    const mixed = 'قال وزير الخارجية الروسي سيرغي لافروف. 習近平在北京會見普京。 Vladimir Putin visited Beijing.';
    const analysis = analyzePlainText(mixed, { tagger: tagDocument });
    expect(analysis.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Vladimir Putin', 'Beijing']));
    for (const entity of analysis.entities) {
      for (const span of entity.mentions) expect(mixed.slice(span.start, span.end)).toBe(entity.name);
    }
  });

  it('analyses a non-English article without finding English dates in its words', () => {
    const german = 'Die Bundesregierung in Berlin hat am Montag neue Hilfen beschlossen, sagte Olaf Scholz.';
    const analysis = analyzePlainText(german, { tagger: tagDocument });
    expect(analysis.entities.map((entity) => entity.name)).toEqual(expect.arrayContaining(['Berlin', 'Olaf Scholz']));
    expect(analysis.times.every((time) => german.slice(time.span.start, time.span.end) === time.text)).toBe(true);
  });
});
