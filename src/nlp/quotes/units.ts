// Cuts a block into sentence units that never split a quotation: `"One. Two," she said.` is one unit.
import { splitSentences } from '../sentences';
import type { Token } from '../tokenize';
import { SPEECH_VERBS } from './cues';
import type { StretchIndex } from './stretch-index';

export interface Unit {
  /** Index of the unit's first and last token in the block's tokens. */
  first: number;
  last: number;
}

/** How far into the next sentence a speech verb still attaches it to a quotation ending in "?" or "!". */
const CUE_REACH = 8;

/**
 * Sentences of the block, merged wherever a quoted stretch runs across a sentence end, and where a quotation
 * ending in a question or exclamation mark is followed by its cue (`"Who are they?" Trump said.`).
 */
export function unitsOf(tokens: readonly Token[], marks: StretchIndex): Unit[] {
  const units: Unit[] = [];
  for (const sentence of splitSentences(tokens)) {
    const previous = units[units.length - 1];
    const startOffset = (tokens[sentence.firstToken] as Token).start;
    const crossesIn = previous !== undefined && marks.around(startOffset) !== undefined;
    // "(D-Md.), chair of …" is cut after the bracket by the sentence splitter; a unit never opens with a comma.
    const continuesPrevious = /^[,;:)\]]$/u.test((tokens[sentence.firstToken] as Token).text);
    if (previous && (crossesIn || continuesPrevious || cueFollowsQuestion(tokens, previous, sentence.firstToken, sentence.lastToken, marks))) {
      previous.last = sentence.lastToken;
    } else {
      units.push({ first: sentence.firstToken, last: sentence.lastToken });
    }
  }
  return units;
}

function cueFollowsQuestion(tokens: readonly Token[], previous: Unit, first: number, last: number, marks: StretchIndex): boolean {
  const closing = tokens[previous.last] as Token;
  const stop = tokens[previous.last - 1];
  if (!marks.endsAt(closing.end) || !stop || !/^[?!]+$/.test(stop.text)) return false;
  for (let i = first; i <= Math.min(last, first + CUE_REACH); i += 1) {
    const word = tokens[i] as Token;
    if (/^[,;:]$/.test(word.text)) return false;
    if (SPEECH_VERBS.has(word.text)) return true;
  }
  return false;
}
