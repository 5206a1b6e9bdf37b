// One sense per discourse: a name found once is a mention wherever else it stands, even where the tagger missed it
// ("Sun said", "Sun's Moscow talks" after "Sun Weidong").
import { candidateWords, isCapitalised, makeCandidate, type TaggedBlock } from './candidate';
import { canonicalWords, groupType, namingMentions, nameKey, type MentionGroup } from './groups';
import { isHonorific, isRoleWord } from './role-words';
import { personNameParts } from './short-forms';
import type { Token } from '../tokenize';

interface NamePattern {
  words: string[];
  group: MentionGroup;
}

/** Adds a mention for every untagged occurrence of a group's name, or of a person's name part no other person shares. */
export function addNameMatches(blocks: readonly TaggedBlock[], groups: readonly MentionGroup[]): void {
  const patterns = namePatterns(groups);
  if (patterns.size === 0) return;
  const taken = new Map<TaggedBlock, boolean[]>();
  for (const group of groups) {
    for (const mention of group.mentions) {
      const marks = taken.get(mention.block) ?? new Array<boolean>(mention.block.tokens.length).fill(false);
      for (let i = mention.first; i < mention.end; i += 1) marks[i] = true;
      taken.set(mention.block, marks);
    }
  }
  for (const block of blocks) {
    const marks = taken.get(block);
    const { tokens } = block;
    for (let i = 0; i < tokens.length; i += 1) {
      if (marks?.[i] || !isCapitalised(tokens[i])) continue;
      const options = patterns.get(nameKey([tokens[i]?.text ?? ''])) ?? [];
      const match = options.find(({ words }) =>
        words.every((word, offset) => !marks?.[i + offset] && nameKey([tokens[i + offset]?.text ?? '']) === word),
      );
      if (!match) continue;
      // A name inside a longer capitalised run ("Sun Valley") is some other name.
      if (isCapitalised(tokens[i + match.words.length]) || (i > 0 && isCapitalised(tokens[i - 1]) && !startsSentence(block, i) && !isTitle(tokens[i - 1]))) continue;
      const mention = makeCandidate(block, i, i + match.words.length, groupType(match.group));
      match.group.mentions.push(mention);
      i += match.words.length - 1;
    }
  }
  for (const group of groups) group.mentions.sort((a, b) => a.block.index - b.block.index || a.start - b.start);
}

const isTitle = (token: Token | undefined) => isRoleWord(token) || isHonorific(token);

function startsSentence(block: TaggedBlock, index: number): boolean {
  return block.sentences.some((sentence) => sentence.firstToken === index);
}

/** Surface forms by their first word, longest first, so "Sun Weidong" is tried before "Sun". */
function namePatterns(groups: readonly MentionGroup[]): Map<string, NamePattern[]> {
  const patterns = new Map<string, NamePattern[]>();
  const partOwners = new Map<string, MentionGroup[]>();
  const add = (words: string[], group: MentionGroup) => {
    const key = words[0];
    if (key === undefined) return;
    const list = patterns.get(key) ?? [];
    if (!list.some((pattern) => pattern.group === group && pattern.words.join(' ') === words.join(' '))) list.push({ words, group });
    patterns.set(key, list.sort((a, b) => b.words.length - a.words.length));
  };
  for (const group of groups) {
    for (const mention of namingMentions(group)) {
      const words = candidateWords(mention).map((word) => nameKey([word]));
      if (mention.start === mention.block.tokens[mention.first]?.start && mention.stop === mention.block.tokens[mention.end - 1]?.end) add(words, group);
    }
    if (groupType(group) !== 'person') continue;
    for (const part of personNameParts(canonicalWords(group))) partOwners.set(part, [...(partOwners.get(part) ?? []), group]);
  }
  for (const [part, owners] of partOwners) if (owners.length === 1) add([part], owners[0] as MentionGroup);
  // A form that names two different groups is ambiguous: neither gets the untagged occurrences.
  for (const [key, list] of patterns) {
    const unambiguous = list.filter((pattern) => !list.some((other) => other.group !== pattern.group && other.words.join(' ') === pattern.words.join(' ')));
    patterns.set(key, unambiguous);
  }
  return patterns;
}
