// How central an entity is to the story: how often it is named, how early it first appears, whether the headline names it.
import type { Candidate, TaggedBlock } from './candidate';

const FREQUENCY_WEIGHT = 0.55;
const POSITION_WEIGHT = 0.3;
const HEADLINE_WEIGHT = 0.15;

/** Scores in [0, 1] for each entity's mentions; an entity named nowhere (a country only implied by a demonym) scores 0. */
export function salienceScores(entities: readonly (readonly Candidate[])[], blocks: readonly TaggedBlock[]): number[] {
  // Rank among the story's blocks read, not the caller's index; a caption describes the photo, not where the story
  // starts, so a name seen only there gets no credit for position.
  const storyBlocks = blocks.filter((block) => block.kind !== 'caption');
  const order = new Map(storyBlocks.map((block, rank) => [block, rank]));
  const mostMentions = entities.reduce((most, mentions) => Math.max(most, mentions.length), 1);
  const lastRank = Math.max(1, storyBlocks.length - 1);
  return entities.map((mentions) => {
    if (mentions.length === 0) return 0;
    const firstRank = mentions.reduce((first, mention) => Math.min(first, order.get(mention.block) ?? lastRank), lastRank);
    const inHeadline = mentions.some((mention) => mention.block.kind === 'title' || mention.block.kind === 'dek');
    const score =
      FREQUENCY_WEIGHT * (mentions.length / mostMentions) +
      POSITION_WEIGHT * (1 - firstRank / lastRank) +
      HEADLINE_WEIGHT * (inHeadline ? 1 : 0);
    return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  });
}
