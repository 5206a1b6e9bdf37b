// Turns mention groups into the contract's Entity records: ids, canonical name, aliases, role, affiliation, spans, salience.
import type { Entity, Span } from '../../analysis';
import { type Candidate, type TaggedBlock } from './candidate';
import { usStateNamed } from '../gazetteer/us-states';
import { countryOfName, namesCountry } from './demonyms';
import { canonicalName, groupType, surfaceOf, type MentionGroup } from './groups';
import { salienceScores } from './salience';

/** The finished entities, in order of first mention; countries only implied by a demonym come last, with no mentions. */
export function buildEntities(groups: readonly MentionGroup[], blocks: readonly TaggedBlock[]): Entity[] {
  const ordered = groups
    .filter((group) => group.mentions.length > 0)
    .sort((a, b) => compareMentions(a.mentions[0] as Candidate, b.mentions[0] as Candidate));
  const entities: Entity[] = ordered.map((group, index) => ({
    id: `e${index + 1}`,
    type: groupType(group),
    name: nameOf(group),
    aliases: aliasesOf(group, nameOf(group)),
    role: null,
    affiliation: null,
    mentions: spansOf(group.mentions),
    salience: 0,
  }));
  const scores = salienceScores(ordered.map((group) => group.mentions), blocks);
  entities.forEach((entity, index) => (entity.salience = scores[index] ?? 0));
  const groupIndex = new Map<Candidate, number>();
  ordered.forEach((group, index) => group.mentions.forEach((mention) => groupIndex.set(mention, index)));
  ordered.forEach((group, index) => {
    const entity = entities[index] as Entity;
    const withRole = group.mentions.filter((mention) => mention.role !== null);
    // An organisation may belong to a country without a role ("the Chinese Foreign Ministry").
    const chosen = withRole.find((mention) => mention.affiliation !== null) ?? withRole[0] ?? group.mentions.find((mention) => mention.affiliation);
    if (!chosen) return;
    entity.role = chosen.role;
    const affiliation = chosen.affiliation;
    if (!affiliation) return;
    const owner = 'mention' in affiliation ? entities[groupIndex.get(affiliation.mention) ?? -1] : countryEntity(entities, affiliation.country);
    entity.affiliation = owner && owner !== entity ? owner.id : null;
  });
  return entities;
}

/** The place entity of a country, found by any of its names, or a new one with no mentions. */
function countryEntity(entities: Entity[], country: string): Entity {
  const found = entities.find((entity) => entity.type !== 'person' && [entity.name, ...entity.aliases].some((name) => namesCountry(name, country)));
  if (found) return found;
  const created: Entity = { id: `e${entities.length + 1}`, type: 'place', name: country, aliases: [], role: null, affiliation: null, mentions: [], salience: 0 };
  entities.push(created);
  return created;
}

/** The fullest name the story uses; for a country, its common name ("US", "U.S." → "United States"), for a US state its name ("Wis." → "Wisconsin"). */
function nameOf(group: MentionGroup): string {
  const name = canonicalName(group);
  if (groupType(group) !== 'place') return name;
  return countryOfName(name) ?? usStateNamed(name) ?? name;
}

function aliasesOf(group: MentionGroup, name: string): string[] {
  const aliases: string[] = [];
  for (const mention of group.mentions) {
    const surface = surfaceOf(mention);
    if (surface !== name && !aliases.includes(surface)) aliases.push(surface);
  }
  return aliases;
}

function spansOf(mentions: readonly Candidate[]): Span[] {
  const spans: Span[] = [];
  for (const mention of [...mentions].sort(compareMentions)) {
    const previous = spans[spans.length - 1];
    if (previous && previous.block === mention.block.index && previous.start === mention.start) continue;
    spans.push({ block: mention.block.index, start: mention.start, end: mention.stop });
  }
  return spans;
}

function compareMentions(a: Candidate, b: Candidate): number {
  return a.block.index - b.block.index || a.start - b.start;
}
