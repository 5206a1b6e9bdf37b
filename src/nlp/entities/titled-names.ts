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
  const covered = new Set<string>();
  for (const candidate of candidates) for (let i = candidate.first; i < candidate.end; i += 1) covered.add(`${candidate.block.index}:${i}`);
  const found: Candidate[] = [];
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      if (inTitleCase(block, sentence)) continue;
      for (let i = sentence.firstToken; i <= sentence.lastToken; i += 1) {
        // The last word of a capitalised title ("President"), then the name.
        // A lower-case title counts after an organisation's name: "Foreign Ministry spokesperson Mao Ning".
        const titled = isCapitalised(block.tokens[i]) || covered.has(`${block.index}:${i - 1}`);
        if (!isRoleHead(block.tokens[i]) || !titled || isRoleWord(block.tokens[i + 1])) continue;
        // "General Motors", "Chief Executive": a bare weak title needs a title word or an owner before it.
        if (WEAK_TITLES.has(block.tokens[i]?.text.toLowerCase() ?? '') && !isRoleWord(block.tokens[i - 1]) && !covered.has(`${block.index}:${i - 1}`) && !demonymBefore(block.tokens, i)) continue;
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

function isNameWord(block: TaggedBlock, index: number, covered: ReadonlySet<string>): boolean {
  const token = block.tokens[index];
  return (
    isCapitalised(token) &&
    !covered.has(`${block.index}:${index}`) &&
    !isRoleWord(token) &&
    !isHonorific(token) &&
    demonymAt(block.tokens, index) === null
  );
}

/** Title case: no lower-case word but short function words ("Foreign Minister Visits China for Talks"). */
function inTitleCase(block: TaggedBlock, sentence: Sentence): boolean {
  const words = block.tokens.slice(sentence.firstToken, sentence.lastToken + 1).filter((token) => token.kind === 'word' && /\p{L}/u.test(token.text));
  return words.length >= 3 && words.every((token) => /^\p{Lu}/u.test(token.text) || TITLE_CASE_LOWER.has(token.text));
}
