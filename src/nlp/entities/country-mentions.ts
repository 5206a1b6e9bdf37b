// A country named only through a demonym ("Turkish Foreign Minister") gets an entity, and the story's untagged
// mentions of it by name ("Türkiye", "Turkey") become its mentions, so the affiliation points at something real.
import { isCapitalised, makeCandidate, type Candidate, type TaggedBlock } from './candidate';
import { countryOfName, namesCountry } from './demonyms';
import { usStateNamed } from '../gazetteer/us-states';
import { canonicalName, groupType, mergeGroups, namingMentions, surfaceOf, type MentionGroup } from './groups';

const MAX_NAME_WORDS = 3;

/** Adds a place group for every country a demonym affiliation names that no group names yet; returns all groups. */
export function addDemonymCountries(blocks: readonly TaggedBlock[], groups: readonly MentionGroup[]): MentionGroup[] {
  const named = [...new Set(groups.flatMap((group) => namingMentions(group).map((mention) => surfaceOf(mention))))];
  const wanted = new Set<string>();
  for (const group of groups) {
    for (const mention of group.mentions) {
      const affiliation = mention.affiliation;
      if (affiliation && 'country' in affiliation && !named.some((name) => namesCountry(name, affiliation.country))) {
        wanted.add(affiliation.country);
      }
    }
  }
  if (wanted.size === 0) return [...groups];
  const taken = new Set(groups.flatMap((group) => group.mentions.flatMap((mention) => tokenKeys(mention))));
  const added = [...wanted].map((country) => ({ mentions: untaggedMentions(blocks, country, taken) })).filter((group) => group.mentions.length > 0);
  return [...groups, ...added];
}

function tokenKeys(mention: Candidate): string[] {
  const keys: string[] = [];
  for (let i = mention.first; i < mention.end; i += 1) keys.push(`${mention.block.index}:${i}`);
  return keys;
}

/** Every capitalised run of up to three free tokens that names `country` ("Türkiye", "Turkey", "United States"). */
function untaggedMentions(blocks: readonly TaggedBlock[], country: string, taken: Set<string>): Candidate[] {
  const found: Candidate[] = [];
  for (const block of blocks) {
    for (let i = 0; i < block.tokens.length; i += 1) {
      if (!isCapitalised(block.tokens[i])) continue;
      for (let words = MAX_NAME_WORDS; words >= 1; words -= 1) {
        const run = block.tokens.slice(i, i + words);
        if (run.length < words || run.some((_, offset) => taken.has(`${block.index}:${i + offset}`))) continue;
        if (!namesCountry(run.map((token) => token.text).join(' '), country)) continue;
        const mention = makeCandidate(block, i, i + words, 'place', true);
        found.push(mention);
        tokenKeys(mention).forEach((key) => taken.add(key));
        i += words - 1;
        break;
      }
    }
  }
  return found;
}

/**
 * One country, one entity: "United Kingdom" and "Britain", "US" and "United States" merge into the fullest name; so do
 * a US state's name and abbreviations ("Wis." in a dateline and "Wisconsin").
 */
export function mergeCountryNames(groups: readonly MentionGroup[]): MentionGroup[] {
  const byCountry = new Map<string, MentionGroup>();
  for (const group of groups) {
    if (groupType(group) !== 'place') continue;
    const name = canonicalName(group);
    const country = countryOfName(name) ?? usStateNamed(name);
    if (!country) continue;
    const first = byCountry.get(country);
    if (first) mergeGroups(first, group);
    else byCountry.set(country, group);
  }
  return groups.filter((group) => group.mentions.length > 0);
}
