// "Beijing-Moscow coordination": a hyphenated pair the tagger left untagged names two places when one of them is a known place.
import type { Candidate, TaggedBlock } from './candidate';
import { groupType, nameKey, namingMentions, surfaceOf, type MentionGroup } from './groups';

const PAIR = /^(\p{Lu}[\p{L}\p{M}]+)[-‐‑](\p{Lu}[\p{L}\p{M}]+)$/u;

/**
 * For each untagged "X-Y" of two capitalised words where X or Y is already a place of the story, both parts become
 * mentions: the known one of its entity, the other of the entity of that name or of a new place ("US-China",
 * "Beijing-Moscow" — such pairs are nearly always two countries or cities). Returns the groups with any new ones.
 */
export function addCompoundParts(blocks: readonly TaggedBlock[], groups: readonly MentionGroup[]): MentionGroup[] {
  const byName = new Map<string, MentionGroup>();
  for (const group of groups) for (const mention of namingMentions(group)) byName.set(nameKey([surfaceOf(mention)]), group);
  const taken = new Set(groups.flatMap((group) => group.mentions.map((mention) => `${mention.block.index}:${mention.first}`)));
  const all = [...groups];
  for (const block of blocks) {
    block.tokens.forEach((token, index) => {
      const pair = PAIR.exec(token.text);
      if (!pair || taken.has(`${block.index}:${index}`)) return;
      const parts = [pair[1] as string, pair[2] as string];
      const known = parts.map((part) => byName.get(nameKey([part])));
      if (!known.some((group) => group && groupType(group) === 'place')) return;
      parts.forEach((part, which) => {
        let group = known[which];
        if (!group) {
          group = { mentions: [] };
          all.push(group);
          byName.set(nameKey([part]), group);
        }
        const start = which === 0 ? token.start : token.end - part.length;
        group.mentions.push(piece(block, index, start, start + part.length));
      });
    });
  }
  for (const group of all) group.mentions.sort((a, b) => a.block.index - b.block.index || a.start - b.start);
  return all;
}

function piece(block: TaggedBlock, index: number, start: number, stop: number): Candidate {
  return { block, first: index, end: index + 1, start, stop, type: 'place', fromRule: false, role: null, affiliation: null, antecedent: null };
}
