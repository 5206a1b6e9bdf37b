// Small questions the popup asks of an Analysis: an entity's name by id, its first mention, who said what.
import type { Analysis, Entity, Fact, Quote, Span } from '../src/analysis';

export type EntityIndex = ReadonlyMap<string, Entity>;

export function indexEntities(analysis: Analysis): EntityIndex {
  return new Map(analysis.entities.map((entity) => [entity.id, entity]));
}

/** The earliest mention in reading order: where a reader meets the entity first. */
export function firstMention(entity: Entity): Span | null {
  let first: Span | null = null;
  for (const span of entity.mentions) {
    if (!first || span.block < first.block || (span.block === first.block && span.start < first.start)) first = span;
  }
  return first;
}

/** The speaker as the story names them: the resolved entity, else the words in the text. */
export function speakerName(quote: Quote, entities: EntityIndex): string | null {
  return (quote.speaker && entities.get(quote.speaker)?.name) || quote.speakerText;
}

/** Who a fact comes from, in the page's own words where it gives them; null when it gives no source. */
export function attributionName(fact: Fact, entities: EntityIndex): string | null {
  const { kind, source, text } = fact.attribution;
  if (kind === 'none') return null;
  return (source && entities.get(source)?.name) || text || source;
}

/** Entities by salience, most central first; ties keep the story's order. */
export function bySalience(entities: readonly Entity[]): Entity[] {
  return entities.map((entity, index) => ({ entity, index }))
    .sort((a, b) => b.entity.salience - a.entity.salience || a.index - b.index)
    .map(({ entity }) => entity);
}

/** How many of each value of `key` occur, in first-seen order. */
export function countBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, number> {
  const counts = new Map<K, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}
