// Tokenises, splits and tags the blocks the entity layer reads, within a budget so hostile pages stay fast.
import type { Block, BlockKind } from '../../analysis';
import { HEAVY_STEP, runSteps, type Steps } from '../../steps';
import type { Tagger } from '../ner/tagger';
import { entitySpans } from '../ner/tags';
import { splitSentences } from '../sentences';
import { tokenize } from '../tokenize';
import { makeCandidate, type Candidate, type EntityKind, type TaggedBlock } from './candidate';
import { cleanTaggerMentions } from './tagger-mentions';

/**
 * The story's own text: the body kinds, title, dek and the photo caption. The caption is read because it is
 * text the reader sees and often the only place a story names the people in its photo ("Chinese President
 * Xi Jinping and Russian President Vladimir Putin pose…"); salience gives caption-only names no position credit.
 */
const READ_KINDS: ReadonlySet<BlockKind> = new Set(['title', 'dek', 'caption', 'paragraph', 'heading', 'quote', 'list-item']);

/** Longest run handed to the tagger at once; a "sentence" of thousands of tokens is no sentence. */
const MAX_SENTENCE_TOKENS = 200;

const TAGGER_TYPES: Readonly<Record<string, EntityKind>> = { PER: 'person', LOC: 'place', ORG: 'organization', MISC: 'other' };

export interface ReadBudget {
  /** Characters read over all blocks; the rest of a longer text is not analysed. */
  maxChars: number;
  /** Tokens tagged over all blocks. */
  maxTokens: number;
}

/** Tags one sentence's words (IOB2). */
export type WordTagger = (words: readonly string[]) => string[];
/**
 * Tags all sentences of one story at once, so that each is read with what the others say about its words.
 * `steps`, when there, gives the same tags as steps (src/steps.ts), so a page can tag a long story over several tasks.
 */
export type DocumentTagger = ((sentences: readonly (readonly string[])[]) => string[][]) & {
  steps?: (sentences: readonly (readonly string[])[]) => Steps<string[][]>;
};

/** The document tagger of a loaded tagger, with its steps. */
export function documentTaggerOf(tagger: Pick<Tagger, 'tagDocument' | 'stepDocument'>): DocumentTagger {
  return Object.assign((sentences: readonly (readonly string[])[]) => tagger.tagDocument(sentences), {
    steps: (sentences: readonly (readonly string[])[]) => tagger.stepDocument(sentences),
  });
}

/** A sentence tagger used as a document tagger: each sentence on its own. */
export function sentenceBySentence(tag: WordTagger): DocumentTagger {
  return (sentences) => sentences.map((words) => tag(words));
}

export interface ReadResult {
  tagged: TaggedBlock[];
  candidates: Candidate[];
}

/** The readable blocks, tokenised and tagged, and the tagger's mentions in them. */
export function readBlocks(blocks: readonly Block[], budget: ReadBudget, tag: DocumentTagger): ReadResult {
  return runSteps(readBlockSteps(blocks, budget, tag));
}

/** readBlocks as steps: a block's tokens a step, then the tagger's own steps when it has them. */
export function* readBlockSteps(blocks: readonly Block[], budget: ReadBudget, tag: DocumentTagger): Steps<ReadResult> {
  const tagged: TaggedBlock[] = [];
  const windows: { block: TaggedBlock; from: number; words: string[] }[] = [];
  let chars = budget.maxChars;
  let tokensLeft = budget.maxTokens;
  for (let index = 0; index < blocks.length; index++) {
    const block = blocks[index];
    if (!block || !READ_KINDS.has(block.kind) || typeof block.text !== 'string' || chars <= 0 || tokensLeft <= 0) continue;
    // Offsets stay valid when the text is cut: spans only ever point into the part that was read.
    const text = block.text.length > chars ? block.text.slice(0, chars) : block.text;
    chars -= text.length;
    const tokens = tokenize(text).slice(0, tokensLeft);
    tokensLeft -= tokens.length;
    const sentences = splitSentences(tokens);
    const read: TaggedBlock = { index, kind: block.kind, text: block.text, tokens, sentences, tags: new Array<string>(tokens.length).fill('O') };
    for (const sentence of sentences) {
      for (let from = sentence.firstToken; from <= sentence.lastToken; from += MAX_SENTENCE_TOKENS) {
        const to = Math.min(sentence.lastToken + 1, from + MAX_SENTENCE_TOKENS);
        windows.push({ block: read, from, words: tokens.slice(from, to).map((token) => token.text) });
      }
    }
    tagged.push(read);
    yield;
  }
  // The whole story is tagged in one call: how a word is written elsewhere in it tells a name from a sentence opener.
  const sentenceWords = windows.map((window) => window.words);
  if (!tag.steps) yield HEAVY_STEP;
  const allTags = tag.steps ? yield* tag.steps(sentenceWords) : tag(sentenceWords);
  yield HEAVY_STEP;
  const candidates: Candidate[] = [];
  for (let w = 0; w < windows.length; w++) {
    const { block, from, words } = windows[w] as (typeof windows)[number];
    const tags = (allTags[w] ?? []).slice(0, words.length);
    tags.forEach((value, offset) => (block.tags[from + offset] = value));
    for (const [start, end, type] of entitySpans(tags)) {
      const kind = TAGGER_TYPES[type];
      if (kind) candidates.push(makeCandidate(block, from + start, from + end, kind));
    }
    yield;
  }
  yield HEAVY_STEP;
  return { tagged, candidates: cleanTaggerMentions(candidates) };
}
