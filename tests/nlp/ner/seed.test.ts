// The shipped model on the seed article's opening paragraphs (issue 3): people, places, and demonyms that are no place.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { entitySpans, tagDocument, tagTokens } from '../../../src/nlp/ner';
import { isOnlyDemonym } from '../../../src/nlp/ner/demonym-spans';
import { tokenize } from '../../../src/nlp/tokenize';

const text = readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8');
// The story runs from the caption to "SOURCE:"; the related items after it are not part of it.
const story = text.slice(text.indexOf('Chinese President Xi Jinping'), text.indexOf('SOURCE:'));
const lines = story
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => tokenize(line).map((token) => token.text));
const spansOf = (tagged: string[][]) =>
  tagged.flatMap((tags, i) => entitySpans(tags).map(([start, end, type]) => ({ text: (lines[i] ?? []).slice(start, end).join(' '), type })));
// Each line alone, and the story as one document (its lines reading each other: case hints and the second pass).
const spans = spansOf(lines.map((words) => tagTokens(words)));
const typesOf = (name: string) => new Set(spans.filter((span) => span.text === name).map((span) => span.type));
const inDocument = spansOf(tagDocument(lines));

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

  it('read as one document, also finds the ministry whole and "Sun" alone as the person', () => {
    const names = (type: string) => new Set(inDocument.filter((span) => span.type === type).map((span) => span.text));
    for (const name of ['Sun Weidong', 'Sergey Lavrov', 'Vladimir Putin', 'Xi Jinping', 'Sun']) expect(names('PER')).toContain(name);
    expect(names('ORG')).toContain('Chinese Foreign Ministry');
    expect(names('ORG')).toContain('Shanghai Cooperation Organisation');
    expect(names('LOC')).toEqual(new Set(['Beijing', 'China', 'Russia', 'Asia Pacific', 'Moscow', 'Ukraine', 'Korean peninsula', 'Brazil', 'Kazan', 'India', 'South Africa']));
  });
});
