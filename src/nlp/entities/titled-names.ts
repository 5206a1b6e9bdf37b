// A capitalised title followed by capitalised words is a person even where the tagger saw none: "Chinese President Xi Jinping".
import type { Sentence } from '../sentences';
import { isCapitalised, makeCandidate, type Candidate, type TaggedBlock } from './candidate';
import { demonymAt, demonymBefore, isHonorific, isRoleHead, isRoleWord } from './role-words';

const MAX_NAME_WORDS = 3;
/** Titles that begin company and place names as often as they precede a person. */
const WEAK_TITLES = new Set(['general', 'chief', 'head', 'leader', 'official', 'chair', 'speaker', 'director', 'captain', 'coach', 'king', 'queen', 'prince', 'princess']);
/** The words a title-case headline leaves in lower case; in such a line capitals say nothing about names. */
const TITLE_CASE_LOWER = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'as', 'from', 'vs', 'via', 'over']);

/** Adds person mentions for "<Title> <Name>" runs no mention covers yet; the role rules then read their titles. */
export function findTitledNames(blocks: readonly TaggedBlock[], candidates: readonly Candidate[]): Candidate[] {
  const covered = coveredTokens(candidates);
  const found: Candidate[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      if (inTitleCase(block, sentence)) continue;
      for (let i = sentence.firstToken; i <= sentence.lastToken; i += 1) {
        // The last word of a capitalised title ("President"), then the name.
        // A lower-case title counts after an organisation's name: "Foreign Ministry spokesperson Mao Ning".
        const titled = isCapitalised(block.tokens[i]) || covered(block, i - 1);
        if (!isRoleHead(block.tokens[i]) || !titled || isRoleWord(block.tokens[i + 1])) continue;
        // "General Motors", "Chief Executive": a bare weak title needs a title word or an owner before it.
        if (WEAK_TITLES.has(block.tokens[i]?.text.toLowerCase() ?? '') && !isRoleWord(block.tokens[i - 1]) && !covered(block, i - 1) && !demonymBefore(block.tokens, i)) continue;
        let end = i + 1;
        while (end <= sentence.lastToken && end - i <= MAX_NAME_WORDS && isNameWord(block, end, covered)) end += 1;
        if (end === i + 1 || isCapitalised(block.tokens[end])) continue;
        found.push(makeCandidate(block, i + 1, end, 'person', true));
        i = end - 1;
      }
    }
  }
  return [...candidates, ...found];
}

/** Whether a mention covers token `index` of a block (mentions of a block with the same index count alike). */
type Covered = (block: TaggedBlock, index: number) => boolean;

function coveredTokens(candidates: readonly Candidate[]): Covered {
  const byIndex = new Map<number, Set<number>>();
  for (const candidate of candidates) {
    let tokens = byIndex.get(candidate.block.index);
    if (!tokens) byIndex.set(candidate.block.index, (tokens = new Set()));
    for (let i = candidate.first; i < candidate.end; i += 1) tokens.add(i);
  }
  return (block, index) => byIndex.get(block.index)?.has(index) ?? false;
}

function isNameWord(block: TaggedBlock, index: number, covered: Covered): boolean {
  const token = block.tokens[index];
  return (
    isCapitalised(token) &&
    !covered(block, index) &&
    !isRoleWord(token) &&
    !isHonorific(token) &&
    demonymAt(block.tokens, index) === null
  );
}

/** Title case: no lower-case word but short function words ("Foreign Minister Visits China for Talks"). */
function inTitleCase(block: TaggedBlock, sentence: Sentence): boolean {
  let words = 0;
  for (let i = sentence.firstToken; i <= sentence.lastToken; i += 1) {
    const token = block.tokens[i];
    if (!token || token.kind !== 'word' || !/\p{L}/u.test(token.text)) continue;
    // Any word neither capitalised nor a short function word: not title case (most sentences stop at their second word).
    if (!/^\p{Lu}/u.test(token.text) && !TITLE_CASE_LOWER.has(token.text)) return false;
    words += 1;
  }
  return words >= 3;
}
