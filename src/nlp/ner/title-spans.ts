// Titles are not part of a name: "Minister Sun Weidong" is the person Sun Weidong with the title before him.
import { GAZETTEER_KINDS } from '../gazetteer/lists';
import { gazetteerMarks, hasKind } from '../gazetteer/match';
import { entitySpans } from './tags';

const TITLE = GAZETTEER_KINDS.indexOf('title');

/**
 * Drops listed title words from the front of PER spans, keeping at least one word of the name, as the
 * NER corpora mark names ("President Vladimir Putin" → "Vladimir Putin"). `known`: the words' list marks, when the caller has them.
 */
export function titlesOutOfNames(words: readonly string[], tags: readonly string[], known?: Uint16Array): string[] {
  const spans = entitySpans(tags).filter(([start, end, type]) => type === 'PER' && end - start > 1);
  if (!spans.length) return [...tags];
  const out = [...tags];
  const marks = known ?? gazetteerMarks(words);
  for (const [start, end] of spans) {
    let first = start;
    while (first < end - 1 && hasKind(marks[first] ?? 0, TITLE)) out[first++] = 'O';
    if (first > start) out[first] = 'B-PER';
  }
  return out;
}
