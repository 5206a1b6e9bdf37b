// Statements with no one named as their source: "X seems to …", "X is expected to …", "Asked whether …, she said".
import type { Token } from '../tokenize';
import { lastWord, wordCount, type Range, type RawAttribution, type UnitContext } from './unit-text';
import type { Unit } from './units';

/** Verbs of appearance that take an infinitive or a clause: "The new rules appear to have calmed the market". */
const APPEARANCE = new Set(['seem', 'seems', 'seemed', 'appear', 'appears', 'appeared']);
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
const ASKED_OBJECTS = new Set(['if', 'whether', 'about', 'what', 'how', 'why', 'who', 'whom', 'when', 'where', 'which']);
const BOUNDARY = /^[,;:—–(]$/u;
const MIN_WORDS = 2;

/**
 * The unsourced statement of a unit: the subject and the infinitive around "seems"/"is expected" as two pieces,
 * or the question after a leading "Asked (whether) …,". The speaker is null: nobody is named.
 */
export function impersonalCue(context: UnitContext, unit: Unit, inQuote: (i: number) => boolean): RawAttribution | null {
  return askedQuestion(context, unit) ?? appearance(context, unit, inQuote);
}

function appearance(context: UnitContext, unit: Unit, inQuote: (i: number) => boolean): RawAttribution | null {
  const { tokens } = context;
  for (let i = unit.first + 1; i < unit.last; i += 1) {
    if (inQuote(i)) continue;
    const word = (tokens[i] as Token).text;
    const expected = word === 'expected' && BE.has(tokens[i - 1]?.text.toLowerCase() ?? '');
    if (!expected && !APPEARANCE.has(word)) continue;
    const next = tokens[i + 1]?.text.toLowerCase();
    if (next !== 'to' && !(next === 'that' && !expected)) continue;
    // The subject: back to the unit start or the last comma-like boundary, before "is" of "is expected".
    const subjectEnd = expected ? i - 2 : i - 1;
    let subjectStart = subjectEnd;
    while (subjectStart - 1 >= unit.first && !BOUNDARY.test(tokens[subjectStart - 1]?.text ?? '')) subjectStart -= 1;
    const subject = piece(context, subjectStart, subjectEnd);
    const rest = piece(context, i + 1, lastWord(tokens, unit));
    if (!subject || !rest || wordCount(tokens, i + 1, lastWord(tokens, unit) + 1) < MIN_WORDS) return null;
    const cue = { start: (tokens[expected ? i - 1 : i] as Token).start, end: (tokens[i] as Token).end };
    return { content: subject, moreContent: [rest], speaker: null, speakerIsSubject: false, cue, via: null };
  }
  return null;
}

/** "Asked whether he was ever bullied, the candidate said no": the question is the statement put to someone. */
function askedQuestion(context: UnitContext, unit: Unit): RawAttribution | null {
  const { tokens } = context;
  let i = unit.first;
  if (/^when$/i.test(tokens[i]?.text ?? '')) i += 1;
  if (!/^asked$/i.test(tokens[i]?.text ?? '') || !ASKED_OBJECTS.has(tokens[i + 1]?.text.toLowerCase() ?? '')) return null;
  let end = i + 1;
  while (end + 1 <= unit.last && tokens[end + 1]?.text !== ',') end += 1;
  if (tokens[end + 1]?.text !== ',' || wordCount(tokens, i + 1, end + 1) < MIN_WORDS + 1) return null;
  const content = piece(context, i + 1, end);
  const cue = tokens[i] as Token;
  return content ? { content, moreContent: [], speaker: null, speakerIsSubject: false, cue: { start: cue.start, end: cue.end }, via: null } : null;
}


function piece(context: UnitContext, first: number, last: number): Range | null {
  const from = context.tokens[first];
  const to = context.tokens[last];
  return from && to && first <= last ? { start: from.start, end: to.end } : null;
}
