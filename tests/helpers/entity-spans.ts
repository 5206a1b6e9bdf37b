// The entity invariants every layer's tests hold: salience in [0, 1], spans inside their block reading back a name or alias, real affiliations.
import { expect } from 'vitest';
import type { Block, Entity } from '../../src/analysis';

export function expectEntitySpansReadBack(blocks: readonly Block[], entities: readonly Entity[]): void {
  const ids = entities.map((entity) => entity.id);
  for (const entity of entities) {
    expect(entity.salience).toBeGreaterThanOrEqual(0);
    expect(entity.salience).toBeLessThanOrEqual(1);
    for (const span of entity.mentions) {
      const text = blocks[span.block]?.text ?? '';
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(text.length);
      expect(span.end).toBeGreaterThan(span.start);
      const surface = text.slice(span.start, span.end).split(/\s+/u).join(' ');
      expect([entity.name, ...entity.aliases]).toContain(surface);
    }
    if (entity.affiliation !== null) expect(ids).toContain(entity.affiliation);
  }
}
