// Cleans the tagger's mentions before the rules see them: no sentence-opening "The" in front, no all-lower-case "names".
import { makeCandidate, type Candidate } from './candidate';

/**
 * The tagger's mentions as names. A "The" that opens the sentence is not part of the name ("The Democrats' lead"),
 * while a capital "The" inside a sentence is the writer's ("told The Associated Press", "in The Hague"). A mention
 * with no capital letter in a story written with capitals ("key states") is a common phrase, not a name.
 */
export function cleanTaggerMentions(candidates: readonly Candidate[]): Candidate[] {
  const cased = new Map<Candidate['block'], boolean>();
  const isCasedStory = (candidate: Candidate) => {
    let known = cased.get(candidate.block);
    if (known === undefined) {
      known = /\p{Lu}/u.test(candidate.block.text) && /\p{Ll}/u.test(candidate.block.text);
      cased.set(candidate.block, known);
    }
    return known;
  };
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const text = candidate.block.text.slice(candidate.start, candidate.stop);
    if (isCasedStory(candidate) && !/[\p{Lu}\p{Lt}\p{N}]/u.test(text) && /\p{Ll}/u.test(text)) continue;
    kept.push(withoutOpeningArticle(candidate));
  }
  return kept;
}

function withoutOpeningArticle(candidate: Candidate): Candidate {
  const { block, first, end } = candidate;
  if (end - first < 2 || !/^the$/iu.test(block.tokens[first]?.text ?? '')) return candidate;
  const opensSentence = block.sentences.some((sentence) => sentence.firstToken === first);
  if (!opensSentence && block.tokens[first]?.text === 'The') return candidate;
  return makeCandidate(block, first + 1, end, candidate.type, candidate.fromRule);
}
