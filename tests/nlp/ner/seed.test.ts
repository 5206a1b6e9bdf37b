// The shipped model on the seed article's opening paragraphs (issue 3): people, places, and demonyms that are no place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitySpans, tagTokens } from '../../../src/nlp/ner';
import { isOnlyDemonym } from '../../../src/nlp/ner/demonym-spans';
import { tokenize } from '../../../src/nlp/tokenize';

const text = readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8');
// The story runs from the caption to "SOURCE:"; the related items after it are not part of it.
const story = text.slice(text.indexOf('Chinese President Xi Jinping'), text.indexOf('SOURCE:'));
const spans = story
  .split('\n')
  .filter((line) => line.trim())
  .flatMap((line) => {
    const words = tokenize(line).map((token) => token.text);
    return entitySpans(tagTokens(words)).map(([start, end, type]) => ({ text: words.slice(start, end).join(' '), type }));
  });
const typesOf = (name: string) => new Set(spans.filter((span) => span.text === name).map((span) => span.type));

describe('shipped tagger on the seed article', () => {
  it('finds the people by their full names', () => {
    for (const name of ['Sun Weidong', 'Sergey Lavrov', 'Vladimir Putin', 'Xi Jinping']) expect([...typesOf(name)]).toEqual(['PER']);
  });

  it('finds Moscow and Beijing as places', () => {
    expect([...typesOf('Moscow')]).toEqual(['LOC']);
    expect([...typesOf('Beijing')]).toEqual(['LOC']);
  });

  it('never makes a demonym a place', () => {
    const demonymPlaces = spans.filter((span) => span.type === 'LOC' && isOnlyDemonym(span.text.split(' ')));
    expect(demonymPlaces).toEqual([]);
    expect(spans.some((span) => span.text === 'Russian' || span.text === 'Chinese')).toBe(true);
  });

  it('tags the Shanghai Cooperation Organisation as one organisation', () => {
    expect([...typesOf('Shanghai Cooperation Organisation')]).toEqual(['ORG']);
  });
});
