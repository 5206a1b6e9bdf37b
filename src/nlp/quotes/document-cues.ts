// Statements sourced to a document by a leading phrase: "In a CNN poll released Monday, 50 percent chose Clinton."
import type { Token } from '../tokenize';
import { lastWord, wordCount, type RawAttribution, type UnitContext } from './unit-text';
import type { Unit } from './units';

/** Nouns that make "In a/the … NOUN," the source of what follows. */
const DOCUMENTS = new Set([
  'poll', 'polls', 'survey', 'surveys', 'study', 'report', 'statement', 'interview', 'letter', 'speech', 'tweet',
  'tweets', 'post', 'memo', 'op-ed', 'column', 'book', 'video', 'ad', 'filing', 'complaint', 'lawsuit', 'testimony',
  'remarks', 'words', 'view', 'opinion', 'analysis', 'release', 'email', 'message', 'editorial', 'essay', 'article',
  'ruling', 'decision', 'document', 'documents', 'transcript', 'address', 'podcast', 'blog', 'briefing', 'order',
]);
const MAX_PHRASE = 14;
const MIN_WORDS = 3;

export function documentCue(context: UnitContext, unit: Unit): RawAttribution | null {
  const { tokens } = context;
  let i = unit.first;
  if (/^(?:but|and|yet)$/i.test(tokens[i]?.text ?? '')) i += 1;
  if (!/^in$/i.test(tokens[i]?.text ?? '')) return null;
  let comma = -1;
  let names = false;
  for (let k = i + 1; k <= Math.min(unit.last, i + MAX_PHRASE); k += 1) {
    const text = (tokens[k] as Token).text;
    if (text === ',') {
      comma = k;
      break;
    }
    if (DOCUMENTS.has(text.toLowerCase())) names = true;
  }
  if (comma < 0 || !names) return null;
  const last = lastWord(tokens, unit);
  if (last <= comma || wordCount(tokens, comma + 1, last + 1) < MIN_WORDS) return null;
  const cue = tokens[i] as Token;
  return {
    content: { start: (tokens[comma + 1] as Token).start, end: (tokens[last] as Token).end },
    moreContent: [],
    speaker: { start: (tokens[i + 1] as Token).start, end: (tokens[comma - 1] as Token).end },
    speakerIsSubject: false,
    cue: { start: cue.start, end: cue.end },
    via: null,
  };
}
