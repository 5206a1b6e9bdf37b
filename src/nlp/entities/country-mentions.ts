// A country named only through a demonym ("Turkish Foreign Minister") gets an entity, and the story's untagged
// mentions of it by name ("Türkiye", "Turkey") become its mentions, so the affiliation points at something real.
import { isCapitalised, makeCandidate, type Candidate, type TaggedBlock } from './candidate';
import { namesOfCountry } from './demonyms';
import { nameKey, namingMentions, surfaceOf, type MentionGroup } from './groups';

/** Adds a place group for every country a demonym affiliation names that no group names yet; returns all groups. */
export function addDemonymCountries(blocks: readonly TaggedBlock[], groups: readonly MentionGroup[]): MentionGroup[] {
  const named = new Set(groups.flatMap((group) => namingMentions(group).map((mention) => nameKey([surfaceOf(mention)]))));
  const wanted = new Set<string>();
  for (const group of groups) {
    for (const mention of group.mentions) {
      const affiliation = mention.affiliation;
      if (affiliation && 'country' in affiliation && !namesOfCountry(affiliation.country).some((name) => named.has(nameKey([name])))) {
        wanted.add(affiliation.country);
      }
    }
  }
  if (wanted.size === 0) return [...groups];
  const taken = new Set(groups.flatMap((group) => group.mentions.flatMap((mention) => tokenKeys(mention))));
  const added = [...wanted].map((country) => ({ mentions: untaggedMentions(blocks, namesOfCountry(country), taken) })).filter((group) => group.mentions.length > 0);
  return [...groups, ...added];
}

function tokenKeys(mention: Candidate): string[] {
  const keys: string[] = [];
  for (let i = mention.first; i < mention.end; i += 1) keys.push(`${mention.block.index}:${i}`);
  return keys;
}

/** Every occurrence of one of `names` (whole tokens, capitalised) that no mention covers. */
function untaggedMentions(blocks: readonly TaggedBlock[], names: readonly string[], taken: Set<string>): Candidate[] {
  const patterns = names.map((name) => name.split(' ').map((word) => nameKey([word])));
  const found: Candidate[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.tokens.length; i += 1) {
      if (!isCapitalised(block.tokens[i]) || taken.has(`${block.index}:${i}`)) continue;
      const words = patterns.find((pattern) => pattern.every((word, offset) => nameKey([block.tokens[i + offset]?.text ?? '']) === word && !taken.has(`${block.index}:${i + offset}`)));
      if (!words) continue;
      const mention = makeCandidate(block, i, i + words.length, 'place', true);
      found.push(mention);
      tokenKeys(mention).forEach((key) => taken.add(key));
      i += words.length - 1;
    }
  }
  return found;
}
