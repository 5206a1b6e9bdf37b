// Names headed by "Summit", "Games", "Cup", "Olympics", "Conference", "Forum", "Election(s)" are events ("BRICS Summit").
import { isCapitalised, makeCandidate, type Candidate, type TaggedBlock } from './candidate';

const EVENT_HEADS = new Set(['Summit', 'Games', 'Cup', 'Olympics', 'Conference', 'Forum', 'Election', 'Elections', 'Championship', 'Championships']);
/** Heads that name an event even alone ("the Olympics"); "the Games" or "the Cup" alone could be anything. */
const STANDALONE_EVENTS = new Set(['Olympics']);
const MAX_NAME_WORDS = 6;

const isEventHead = (text: string | undefined): boolean => text !== undefined && EVENT_HEADS.has(text);

/**
 * Retypes and extends mentions by their head: a tagged "BRICS Summit" becomes an event, a tagged "BRICS"
 * followed by "Summit" grows to "BRICS Summit" (and "Africa" followed by "Climate Summit" to "Africa Climate Summit"),
 * and a capitalised run ending in a head the tagger missed is added.
 */
export function findEvents(blocks: readonly TaggedBlock[], candidates: Candidate[]): Candidate[] {
  const covered = new Set<string>();
  for (const candidate of candidates) {
    const tokens = candidate.block.tokens;
    // "BRICS" + "Summit", and "Africa" + "Climate Summit" when the tagger named only the place: capitalised words up to a head.
    let head = candidate.end;
    while (head - candidate.first < MAX_NAME_WORDS && !isEventHead(tokens[head]?.text) && isCapitalised(tokens[head]) && !startsSentence(candidate.block, head)) head += 1;
    if (candidate.type !== 'person' && isEventHead(tokens[head]?.text) && isCapitalised(tokens[head]) && !startsSentence(candidate.block, head)) {
      candidate.end = head + 1;
      candidate.stop = tokens[head]?.end ?? candidate.stop;
    }
    if (isEventHead(tokens[candidate.end - 1]?.text) && candidate.stop === tokens[candidate.end - 1]?.end) {
      candidate.type = 'event';
      candidate.fromRule = true;
    }
    for (let i = candidate.first; i < candidate.end; i += 1) covered.add(`${candidate.block.index}:${i}`);
  }
  const added: Candidate[] = [];
  for (const block of blocks) {
    block.tokens.forEach((token, head) => {
      if (!isEventHead(token.text) || covered.has(`${block.index}:${head}`)) return;
      let first = head;
      while (first > 0 && head - first < MAX_NAME_WORDS && startsName(block, first - 1) && !covered.has(`${block.index}:${first - 1}`)) first -= 1;
      if (first === head && !STANDALONE_EVENTS.has(token.text)) return;
      added.push(makeCandidate(block, first, head + 1, 'event', true));
    });
  }
  return [...candidates, ...added];
}

/** A word that can be part of an event's name: capitalised or a number ("2024 Olympics"), not a sentence's "The". */
function startsName(block: TaggedBlock, index: number): boolean {
  const token = block.tokens[index];
  if (token?.kind === 'number') return true;
  if (!isCapitalised(token) || token?.text === 'The' || token?.text === 'A') return false;
  return !block.sentences.some((sentence) => sentence.firstToken === index && /^(?:In|At|On|For|After|Before|During)$/u.test(token?.text ?? ''));
}

/** Whether a token opens one of its block's sentences (a name never runs across sentences). */
function startsSentence(block: TaggedBlock, index: number): boolean {
  return block.sentences.some((sentence) => sentence.firstToken === index);
}
