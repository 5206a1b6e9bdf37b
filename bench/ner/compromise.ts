// compromise 14 (the NER anchor of issue 3) as a tagger of pre-tokenised sentences: its people, places and organisations as IOB2 tags.
import nlp from 'compromise';

interface Offset {
  start: number;
  length: number;
}
interface Match {
  terms?: { tags?: string[]; offset?: Offset }[];
}

/** compromise's method per type, in the order overlapping matches are settled (an earlier type keeps its tokens). */
const METHODS = [
  ['PER', 'people'],
  ['ORG', 'organizations'],
  ['LOC', 'places'],
] as const;

/**
 * Tags one sentence's words: the words are joined by single spaces, compromise reads the text, and each match's
 * character range becomes the words it touches (a match never splits a word of ours in practice). Leading
 * honorifics ("President" of "President Vladimir Putin") are dropped, as the corpora leave titles out of names.
 */
export function compromiseTags(words: readonly string[]): string[] {
  const starts: number[] = [];
  let text = '';
  for (const word of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += word;
  }
  const tags = words.map(() => 'O');
  if (!text) return tags;
  const doc = nlp(text);
  const wordAt = (char: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= char) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const [type, method] of METHODS) {
    const matches = doc[method]().json({ offset: true }) as Match[];
    for (const match of matches) {
      const terms = (match.terms ?? []).filter((term) => term.offset);
      while (terms.length > 1 && terms[0]?.tags?.includes('Honorific')) terms.shift();
      const head = terms[0]?.offset;
      const tail = terms[terms.length - 1]?.offset;
      if (!head || !tail) continue;
      const first = wordAt(head.start);
      const last = wordAt(tail.start + Math.max(tail.length, 1) - 1);
      let free = true;
      for (let i = first; i <= last; i++) if (tags[i] !== 'O') free = false;
      if (!free) continue;
      for (let i = first; i <= last; i++) tags[i] = `${i === first ? 'B' : 'I'}-${type}`;
    }
  }
  return tags;
}
