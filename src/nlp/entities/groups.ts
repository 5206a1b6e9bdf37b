// Groups mentions into entities: same name, one sense per discourse (the type most mentions agree on), definite references.
import { candidateText, candidateWords, type Candidate, type EntityKind } from './candidate';

/** The mentions of one entity, in reading order. */
export interface MentionGroup {
  mentions: Candidate[];
}

/** The key two mentions share when they spell the same name: case, apostrophes and spacing aside. */
export function nameKey(words: readonly string[]): string {
  // "The Associated Press" and "Associated Press" are one name.
  return words.join(' ').toLowerCase().replace(/[’‘]/gu, "'").replace(/^the (?=\S)/u, '');
}

/** Mentions with the same name make one group; "the ministry" joins the group of the organisation it refers to. */
export function groupByName(candidates: readonly Candidate[]): MentionGroup[] {
  const groups: MentionGroup[] = [];
  const byKey = new Map<string, MentionGroup>();
  const groupOf = new Map<Candidate, MentionGroup>();
  for (const candidate of candidates) {
    let group = candidate.antecedent ? groupOf.get(candidate.antecedent) : undefined;
    if (!group) {
      const key = nameKey(candidateWords(candidate));
      group = byKey.get(key);
      if (!group) {
        group = { mentions: [] };
        byKey.set(key, group);
        groups.push(group);
      }
    }
    group.mentions.push(candidate);
    groupOf.set(candidate, group);
  }
  return groups;
}

/**
 * The group's type: what the rules decided if any rule did, else what most tagged mentions say; a tie goes
 * to the first mention. One sense per discourse: "China" is one thing throughout a story.
 */
export function groupType(group: MentionGroup): EntityKind {
  const ruled = group.mentions.filter((mention) => mention.fromRule && !mention.antecedent);
  const voters = ruled.length > 0 ? ruled : group.mentions;
  const counts = new Map<EntityKind, number>();
  for (const mention of voters) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
  let best = voters[0]?.type ?? 'other';
  for (const [type, count] of counts) if (count > (counts.get(best) ?? 0)) best = type;
  return best;
}

/** The mentions that spell a name (not "the ministry"). */
export function namingMentions(group: MentionGroup): Candidate[] {
  return group.mentions.filter((mention) => !mention.antecedent);
}

/** The naming mention with the fullest name: most words, then longest, then first. */
function fullestMention(group: MentionGroup): Candidate | undefined {
  let best: Candidate | undefined;
  let bestWords: string[] = [];
  for (const mention of namingMentions(group)) {
    const words = candidateWords(mention);
    if (words.length > bestWords.length || (words.length === bestWords.length && words.join(' ').length > bestWords.join(' ').length)) {
      best = mention;
      bestWords = words;
    }
  }
  return best;
}

/** The words of the group's fullest name. */
export function canonicalWords(group: MentionGroup): string[] {
  const best = fullestMention(group);
  return best ? candidateWords(best) : [];
}

/** How a mention reads, with any run of white space (a line break inside a name) as one space. */
export function surfaceOf(mention: Candidate): string {
  return candidateText(mention).replace(/\s+/gu, ' ');
}

/** The group's canonical name as the text spells it: "Sun Weidong". */
export function canonicalName(group: MentionGroup): string {
  const best = fullestMention(group);
  return best ? surfaceOf(best) : '';
}

/** Moves every mention of `from` into `into` and keeps reading order. */
export function mergeGroups(into: MentionGroup, from: MentionGroup): void {
  into.mentions.push(...from.mentions);
  into.mentions.sort((a, b) => a.block.index - b.block.index || a.start - b.start);
  from.mentions = [];
}
