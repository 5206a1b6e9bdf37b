// Cuts a block into sentence units that never split a quotation: `"One. Two," she said.` is one unit.
import { splitSentences } from '../sentences';
import type { Token } from '../tokenize';

export interface Unit {
  /** Index of the unit's first and last token in the block's tokens. */
  first: number;
  last: number;
}

/** Sentences of the block, merged wherever a quoted stretch runs across a sentence end. */
export function unitsOf(tokens: readonly Token[], stretches: readonly { start: number; end: number }[]): Unit[] {
  const units: Unit[] = [];
  for (const sentence of splitSentences(tokens)) {
    const previous = units[units.length - 1];
    const startOffset = (tokens[sentence.firstToken] as Token).start;
    const crossesIn = previous !== undefined && stretches.some((s) => s.start < startOffset && s.end > startOffset);
    if (previous && crossesIn) previous.last = sentence.lastToken;
    else units.push({ first: sentence.firstToken, last: sentence.lastToken });
  }
  return units;
}
