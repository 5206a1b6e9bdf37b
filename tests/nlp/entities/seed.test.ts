// The seed article (issue 3, "What it must get right"): names, types, roles, affiliations and merged short forms.
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/analysis';
import { extractEntities } from '../../../src/nlp/entities';
import { seedBlocks, seedCaption } from './seed-blocks';

const blocks = seedBlocks();
const entities = extractEntities(blocks);
const named = (name: string): Entity => {
  const found = entities.find((entity) => entity.name === name);
  if (!found) throw new Error(`no entity named ${name}: ${entities.map((entity) => entity.name).join(', ')}`);
  return found;
};
const surfaces = (entity: Entity) => entity.mentions.map((span) => blocks[span.block]?.text.slice(span.start, span.end));

describe('extractEntities on the seed article', () => {
  it('reads the body, title and dek and finds the seed paragraphs', () => {
    expect(blocks).toHaveLength(11);
    expect(blocks[4]?.text).toMatch(/^China stands ready/);
  });

  it("gives Sun Weidong his role and China as affiliation, and merges 'Sun' and \"Sun's\" into him", () => {
    const sun = named('Sun Weidong');
    expect(sun.type).toBe('person');
    expect(sun.role).toBe('Vice Foreign Minister');
    expect(sun.affiliation).toBe(named('China').id);
    expect(sun.aliases).toEqual(['Sun']);
    // Dek and second paragraph name him in full; "Sun said" (twice) and "Sun's Moscow talks" by his family name.
    expect(surfaces(sun)).toEqual(['Sun Weidong', 'Sun Weidong', 'Sun', 'Sun', 'Sun']);
    const sunsTalks = blocks.findIndex((block) => block.text.startsWith("Sun's Moscow talks"));
    expect(sun.mentions).toContainEqual({ block: sunsTalks, start: 0, end: 3 });
  });

  it("makes 'the Chinese Foreign Ministry' and both later 'the ministry' one organisation of China", () => {
    const ministry = named('Chinese Foreign Ministry');
    expect(ministry.type).toBe('organization');
    expect(ministry.aliases).toEqual(['the ministry']);
    expect(surfaces(ministry)).toEqual(['Chinese Foreign Ministry', 'the ministry', 'the ministry']);
    expect(ministry.affiliation).toBe(named('China').id);
  });

  it('gives Sergey Lavrov his role and Russia from the demonym', () => {
    const lavrov = named('Sergey Lavrov');
    expect(lavrov).toMatchObject({ type: 'person', role: 'Foreign Minister', affiliation: named('Russia').id });
  });

  it('types organisations, the summit and the places', () => {
    expect(named('Shanghai Cooperation Organisation').type).toBe('organization');
    expect(named('BRICS').type).toBe('organization');
    expect(named('BRICS Summit').type).toBe('event');
    for (const place of ['Korean peninsula', 'Asia Pacific', 'Kazan', 'Moscow', 'Beijing', 'China', 'Russia', 'Brazil', 'India', 'South Africa']) {
      expect(named(place).type, place).toBe('place');
    }
  });

  it('never makes a demonym an entity, and splits "Beijing-Moscow" into its two cities', () => {
    const names = entities.flatMap((entity) => [entity.name, ...entity.aliases]);
    for (const demonym of ['Chinese', 'Russian', 'Korean']) expect(names).not.toContain(demonym);
    expect(surfaces(named('Beijing'))).toEqual(['Beijing']);
    expect(named('Moscow').mentions[0]).toEqual({ block: 0, start: blocks[0]?.text.indexOf('Moscow'), end: (blocks[0]?.text.indexOf('Moscow') ?? 0) + 6 });
  });

  it('counts every mention of China and Russia and ranks them the most salient', () => {
    expect(named('China').mentions).toHaveLength(11);
    expect(named('Russia').mentions).toHaveLength(8);
    const bySalience = [...entities].sort((a, b) => b.salience - a.salience).map((entity) => entity.name);
    expect(bySalience.slice(0, 2)).toEqual(['China', 'Russia']);
    expect(named('Sun Weidong').salience).toBeGreaterThan(named('Sergey Lavrov').salience);
    for (const entity of entities) expect(entity.salience).toBeGreaterThanOrEqual(0);
    for (const entity of entities) expect(entity.salience).toBeLessThanOrEqual(1);
  });

  it('gives ids in order of first mention and never lists a span twice', () => {
    expect(entities.map((entity) => entity.id)).toEqual(entities.map((_, index) => `e${index + 1}`));
    const spans = entities.flatMap((entity) => entity.mentions.map((span) => `${span.block}:${span.start}`));
    expect(new Set(spans).size).toBe(spans.length);
  });

  it('reads the photo caption as a paragraph: Xi Jinping and Vladimir Putin with roles from the demonyms', () => {
    const fromCaption = extractEntities([{ kind: 'paragraph', text: seedCaption }]);
    const byName = new Map(fromCaption.map((entity) => [entity.name, entity]));
    expect(byName.get('Xi Jinping')).toMatchObject({ type: 'person', role: 'President', affiliation: byName.get('China')?.id });
    const putin = byName.get('Vladimir Putin');
    expect(putin).toMatchObject({ type: 'person', role: 'President' });
    // Russia is only implied by "Russian": a place entity with no mentions carries the affiliation.
    expect(fromCaption.find((entity) => entity.id === putin?.affiliation)).toMatchObject({ name: 'Russia', type: 'place', mentions: [] });
  });

  it('reads the caption block too, ranking its names below the story’s own', () => {
    const withCaption = extractEntities([...blocks, { kind: 'caption', text: seedCaption }]);
    const xi = withCaption.find((entity) => entity.name === 'Xi Jinping');
    expect(xi).toMatchObject({ type: 'person', role: 'President' });
    const sun = withCaption.find((entity) => entity.name === 'Sun Weidong');
    expect(xi!.salience).toBeLessThan(sun!.salience);
    expect(xi!.salience).toBeLessThan(withCaption.find((entity) => entity.name === 'Kazan')!.salience);
  });
});
