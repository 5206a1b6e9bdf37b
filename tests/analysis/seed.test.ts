// The seed article's whole Analysis with the shipped tagger: issue 3's "what it must get right", entities and times together.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/analysis';
import { analyzeCopiedText } from '../../src/analyze';
import { tagDocument } from '../../src/nlp/ner';

const seed = readFileSync(new URL('../fixtures/trtworld/copied.txt', import.meta.url), 'utf8');
const analysis = analyzeCopiedText(seed, { tagger: tagDocument });
const { blocks, entities, times } = analysis;

const named = (name: string): Entity => {
  const found = entities.find((entity) => entity.name === name);
  if (!found) throw new Error(`no entity named ${name}: ${entities.map((entity) => entity.name).join(', ')}`);
  return found;
};
const nameOf = (id: string | null) => entities.find((entity) => entity.id === id)?.name ?? null;
const surfaces = (entity: Entity) => entity.mentions.map((span) => blocks[span.block]!.text.slice(span.start, span.end));

describe('the seed article’s Analysis', () => {
  it('names every person with role and affiliation, Xi Jinping and Vladimir Putin from the caption', () => {
    const people = entities.filter((entity) => entity.type === 'person');
    expect(people.map((person) => [person.name, person.role, nameOf(person.affiliation)])).toEqual([
      ['Sun Weidong', 'Vice Foreign Minister', 'China'],
      ['Xi Jinping', 'President', 'China'],
      ['Vladimir Putin', 'President', 'Russia'],
      ['Sergey Lavrov', 'Foreign Minister', 'Russia'],
    ]);
    // "Sun" and "Sun's" later in the story are mentions of him, not of a Sunday or a second person.
    expect(named('Sun Weidong').aliases).toEqual(['Sun']);
    expect(surfaces(named('Sun Weidong'))).toEqual(['Sun Weidong', 'Sun Weidong', 'Sun', 'Sun', 'Sun']);
  });

  it('finds the organisations, the event and the places, and no demonym as a place of its own', () => {
    const ministry = named('Chinese Foreign Ministry');
    expect(ministry).toMatchObject({ type: 'organization', aliases: ['the ministry'] });
    expect(surfaces(ministry)).toEqual(['Chinese Foreign Ministry', 'the ministry', 'the ministry']);
    expect(named('Shanghai Cooperation Organisation').type).toBe('organization');
    expect(named('BRICS').type).toBe('organization');
    expect(named('BRICS Summit').type).toBe('event');
    for (const place of ['Korean peninsula', 'Asia Pacific', 'Kazan', 'Moscow', 'Beijing', 'China', 'Russia']) expect(named(place).type).toBe('place');
    const names = entities.map((entity) => entity.name);
    for (const demonym of ['Chinese', 'Russian']) expect(names).not.toContain(demonym);
  });

  it('takes nothing from the related items (RECOMMENDED, Explore)', () => {
    const names = entities.flatMap((entity) => [entity.name, ...entity.aliases]);
    for (const related of ['Trump', 'Iran', 'Gaza', 'Zelenskyy', 'Utrecht', 'Carney', 'Fidan', 'Venezuela', 'Cuba', 'Greece']) {
      expect(names).not.toContain(related);
    }
    expect(analysis.article.related).toHaveLength(15);
  });

  it('resolves the dates against Wednesday 2024-02-28, and "Sun Weidong" is no Sunday', () => {
    expect(analysis.article.publishedAt).toBe('2024-02-28');
    expect(times.map((time) => [time.text, time.value])).toEqual([
      ['Monday', '2024-02-26'],
      ['Tuesday', '2024-02-27'],
      ['2001', '2001'],
      ['this year', '2024'],
      ['2024', '2024'],
      ['October', '2024-10'],
    ]);
    for (const time of times) expect(blocks[time.span.block]!.text.slice(time.span.start, time.span.end)).toBe(time.text);
  });

  it('counts who is quoted how often in the sources, most quoted first', () => {
    const quoted = analysis.sources.named.map(({ entity, quotes }) => [nameOf(entity), quotes]);
    expect(quoted[0]).toEqual(['Sun Weidong', 4]);
    expect(quoted).toContainEqual(['Chinese Foreign Ministry', 1]);
    expect(analysis.sources.anonymous).toBe(0);
    expect(analysis.quotes.every((quote) => quote.speaker === null || entities.some((entity) => entity.id === quote.speaker))).toBe(true);
  });

  it('reads the structure alone when asked, with the same article and blocks', () => {
    const structure = analyzeCopiedText(seed, { tagger: tagDocument, structureOnly: true });
    expect(structure.article).toEqual(analysis.article);
    expect(structure.blocks).toEqual(blocks);
    expect([structure.entities, structure.times, structure.quotes, structure.facts]).toEqual([[], [], [], []]);
    expect(structure.sources.named).toEqual([]);
  });
});
