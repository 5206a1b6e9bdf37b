// Reads the tense around a time expression: does "Monday" or "October" point back from the article's day or ahead?
import { isAbbreviation } from '../abbreviations';

export type Direction = 'forward' | 'backward';

/** How far either side of an expression its sentence is looked for; sentences are rarely longer. */
const REACH = 400;
// Words looked at before and after the expression: a verb further away governs another clause
// ("the mayor said … voters the party is counting on on Nov. 8").
const WORDS_BEFORE = 14;
const WORDS_AFTER = 8;
const SENTENCE_BREAK = /(\p{L}*)[.!?;:]["”’)\]]*\s+(?=["“‘([]?[\p{Lu}\p{N}])/gu;
const WORD = /[\p{L}]+(?:['’][\p{L}]+)?/gu;

const FORWARD = new Set([
  'will', 'shall', 'would', 'upcoming', 'forthcoming', 'next', 'scheduled', 'slated', 'planned', 'plans', 'plan',
  'planning', 'expected', 'expects', 'expect', 'intends', 'intend', 'intended', 'aims', 'aim', 'hopes', 'tomorrow',
  'proposed', 'prepares', 'preparing',
]);
const BACKWARD = new Set([
  'said', 'told', 'was', 'were', 'had', 'did', 'has', 'have', 'ago', 'earlier', 'last', 'since', 'previously', 'already',
  'took', 'met', 'came', 'went', 'began', 'saw', 'made', 'gave', 'won', 'lost', 'left', 'fell', 'rose', 'spoke', 'wrote',
  'held', 'sent', 'brought', 'thought', 'found', 'became', 'led', 'kept', 'paid', 'sought', 'struck', 'ran', 'flew', 'drew',
  'grew', 'knew', 'chose', 'broke', 'stood', 'fought', 'caught', 'bought', 'built', 'felt', 'heard', 'sold', 'spent', 'shot',
  'yesterday', 'killed', 'died',
]);
// Words ending in "-ed" that are not past-tense verbs, or whose tense says nothing.
const NOT_PAST = new Set([
  'need', 'speed', 'seed', 'feed', 'proceed', 'exceed', 'succeed', 'indeed', 'bleed', 'breed', 'greed', 'embed', 'shed', 'wed',
  'red', 'bed', 'hundred', 'united', 'based', 'related', 'limited', 'interested', 'concerned', 'detailed', 'advanced', 'armed',
  'named', 'so-called', 'alleged', 'reported', 'unnamed', 'undisclosed', 'unprecedented', 'sacred', 'skilled',
]);
// Present tense in news states a schedule ("Voting begins on September 6th", "the summit is on Monday"): the coming
// day. It is a cue like the others, so a participle further off ("televised debates") does not decide.
// Only verbs of an event's course, and only just before the expression: "is" and "are" too often belong to another
// clause ("Trump, who is 78, spoke on Monday").
const PRESENT = new Set(['begins', 'begin', 'starts', 'start', 'opens', 'closes', 'ends', 'runs', 'continues', 'lasts', 'kicks']);
const PRESENT_REACH = 6;
const TO_FORWARD = new Set(['is', 'are', 'was', 'were', 'set', 'due', 'going', 'has', 'have', 'need', 'needs', 'want', 'wants']);
// After these, a participle is passive or infinitive and the auxiliary before it carries the tense ("will be held").
const PARTICIPLE_HOLDERS = new Set(['be', 'been', 'being', 'is', 'are', 'am', 'to', 'get', 'gets']);

/**
 * The direction the sentence around [start, end) points in: the nearest tense cue before the expression wins
 * (the verb that governs it), else the nearest after it ("On Monday, officials will meet"); null when none.
 */
export function tenseDirection(text: string, start: number, end: number): Direction | null {
  const [sentenceStart, sentenceEnd] = sentenceAround(text, start, end);
  const before = words(text.slice(sentenceStart, start));
  for (let i = before.length - 1; i >= Math.max(0, before.length - WORDS_BEFORE); i -= 1) {
    const cue = cueOf(before, i);
    if (cue) return cue;
    if (PRESENT.has(before[i] ?? '') && before.length - i <= PRESENT_REACH) return 'forward';
  }
  const after = words(text.slice(end, sentenceEnd));
  for (let i = 0; i < Math.min(after.length, WORDS_AFTER); i += 1) {
    const cue = cueOf(after, i);
    if (cue) return cue;
  }
  return null;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  const from = Math.max(0, start - REACH);
  let sentenceStart = from;
  for (const match of text.slice(from, start).matchAll(SENTENCE_BREAK)) {
    if (!endsAbbreviation(match)) sentenceStart = from + match.index + match[0].length;
  }
  let sentenceEnd = Math.min(text.length, end + REACH);
  for (const match of text.slice(end, sentenceEnd).matchAll(SENTENCE_BREAK)) {
    if (endsAbbreviation(match)) continue;
    sentenceEnd = end + match.index + (match[1] ?? '').length;
    break;
  }
  return [sentenceStart, sentenceEnd];
}

/** "Gov. Earl Ray Tomblin": the stop after a title or month abbreviation does not end the sentence. */
function endsAbbreviation(match: RegExpMatchArray): boolean {
  return match[0].charAt((match[1] ?? '').length) === '.' && isAbbreviation(match[1] ?? '');
}

function words(text: string): string[] {
  return Array.from(text.matchAll(WORD), (match) => match[0].toLowerCase().replace('’', "'"));
}

function cueOf(list: readonly string[], index: number): Direction | null {
  const word = list[index] ?? '';
  const next = list[index + 1];
  const previous = list[index - 1];
  if (word.endsWith("'ll")) return 'forward';
  // "is to meet", "were to win", "has to win", "set to", "going to", "ahead of": intent, schedule, duty or condition.
  if (TO_FORWARD.has(word) && next === 'to') return 'forward';
  if (word === 'ahead' && next === 'of') return 'forward';
  if (FORWARD.has(word)) return 'forward';
  const past = BACKWARD.has(word) || (word.length >= 5 && word.endsWith('ed') && !NOT_PAST.has(word));
  return past && !PARTICIPLE_HOLDERS.has(previous ?? '') ? 'backward' : null;
}
