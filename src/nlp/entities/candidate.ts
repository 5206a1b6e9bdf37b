// The working unit of the entity rules: a typed token range in one block, before mentions are grouped into entities.
import type { BlockKind, Entity } from '../../analysis';
import type { Sentence } from '../sentences';
import type { Token } from '../tokenize';

export type EntityKind = Entity['type'];

/** One block as the rules see it: its tokens, sentences and one IOB2 tag per token. */
export interface TaggedBlock {
  /** Index into the caller's `blocks`, so spans point back at the original text. */
  index: number;
  kind: BlockKind;
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  tags: string[];
}

/** Who a role belongs to: a country named by a demonym ("Chinese"), or another mention ("China's"). */
export type AffiliationRef = { country: string } | { mention: Candidate };

/** A mention found by the tagger or a rule: tokens [first, end) of one block, and its exact characters. */
export interface Candidate {
  block: TaggedBlock;
  first: number;
  end: number;
  /** UTF-16 offsets; inside the tokens' range, narrower only for a part of a compound ("Beijing" of "Beijing-Moscow"). */
  start: number;
  stop: number;
  type: EntityKind;
  /** Types a rule decided (an event head, an organisation pattern) outvote the tagger's guesses. */
  fromRule: boolean;
  role: string | null;
  affiliation: AffiliationRef | null;
  /** A definite description ("the ministry") names the entity of this earlier mention. */
  antecedent: Candidate | null;
}

/** The mention's text exactly as it stands in its block. */
export function candidateText(candidate: Candidate): string {
  return candidate.block.text.slice(candidate.start, candidate.stop);
}

/** The words of the mention, for comparing names across the document. */
export function candidateWords(candidate: Candidate): string[] {
  const tokens = candidate.block.tokens.slice(candidate.first, candidate.end);
  const whole = tokens[0]?.start === candidate.start && tokens[tokens.length - 1]?.end === candidate.stop;
  return whole ? tokens.map((token) => token.text) : candidateText(candidate).split(/\s+/u);
}

export function makeCandidate(block: TaggedBlock, first: number, end: number, type: EntityKind, fromRule = false): Candidate {
  const start = (block.tokens[first] as Token).start;
  const stop = (block.tokens[end - 1] as Token).end;
  return { block, first, end, start, stop, type, fromRule, role: null, affiliation: null, antecedent: null };
}

/** Whether a token starts with a capital letter (names do; in scripts without case nothing does). */
export function isCapitalised(token: Token | undefined): boolean {
  if (token === undefined || token.kind !== 'word') return false;
  // ASCII answers at once (the rules ask this of every token of a long story); other letters go to the regex.
  const code = token.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return /^\p{Lu}/u.test(token.text);
}

/** Sorts mentions into reading order (block, then position) and drops later ones that overlap earlier ones. */
export function inReadingOrder(candidates: readonly Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.block.index - b.block.index || a.start - b.start || b.stop - a.stop);
  const kept: Candidate[] = [];
  for (const candidate of sorted) {
    const previous = kept[kept.length - 1];
    if (previous && previous.block === candidate.block && candidate.start < previous.stop) continue;
    kept.push(candidate);
  }
  return kept;
}
