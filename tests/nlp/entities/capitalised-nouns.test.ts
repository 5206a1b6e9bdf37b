// German capitalises every noun: there only the entities the name lists vouch for are kept; other languages are untouched.
import { describe, expect, it } from 'vitest';
import type { Block, Entity } from '../../../src/analysis';
import { capitalisesNouns, keepVouchedNames } from '../../../src/nlp/entities/capitalised-nouns';
import { findEntities } from '../../../src/nlp/entities/find-entities';
import { tagDocument } from '../../../src/nlp/ner';

/** German news prose as the BR and FAZ pages of fundus have it: names among capitalised nouns. */
const GERMAN: Block[] = [
  { kind: 'paragraph', text: 'Landesbischof Christian Kopp sagte am Montag in Nürnberg, die Evangelische Kirche müsse die Studie ernst nehmen.' },
  { kind: 'paragraph', text: 'Der Grund sei klar, sagte der Mann. Die Synode tagt in Coburg, die Diakonie Bayern hat Fehler eingeräumt.' },
  { kind: 'paragraph', text: 'Kopp kündigte an, dass die Landessynode im Herbst in Deutschland und den USA berichten werde.' },
  { kind: 'paragraph', text: 'Die Gespräche mit Russland und Polen seien schwierig, sagte Kopp.' },
];

const labels = (entities: Entity[]) => entities.map((entity) => `${entity.name} (${entity.type})`);

describe('capitalisesNouns', () => {
  it('is German and Luxembourgish in any region, and no other language', () => {
    for (const language of ['de', 'de-AT', 'DE_ch', 'lb', ' de-DE ']) expect(capitalisesNouns(language)).toBe(true);
    for (const language of ['en', 'en-GB', 'fr', 'nl', 'da', '', null, undefined]) expect(capitalisesNouns(language)).toBe(false);
  });
});

describe('keepVouchedNames', () => {
  it('keeps, on a German page, the people with a listed given name and the listed places, not capitalised nouns', () => {
    const unchecked = labels(findEntities(GERMAN, tagDocument));
    // Read as English, the nouns come out as names ("Der Grund", "Evangelische Kirche"; "Mann" as the Isle of Man).
    expect(unchecked).toEqual(expect.arrayContaining(['Der Grund (person)', 'Evangelische Kirche (person)', 'Isle of Man (place)']));
    const kept = labels(findEntities(GERMAN, tagDocument, { language: 'de' }));
    expect(kept).toEqual(expect.arrayContaining(['Christian Kopp (person)', 'Nürnberg (place)', 'Deutschland (place)']));
    // A country by its German name, which the English lists lack.
    expect(kept).toContain('Russland (place)');
    for (const noun of ['Der Grund', 'Evangelische Kirche', 'Isle of Man', 'Diakonie Bayern', 'Landessynode']) {
      expect(kept.some((label) => label.startsWith(noun))).toBe(false);
    }
  });

  it('leaves the entities of pages in other languages, or in none known, as they were', () => {
    const plain = findEntities(GERMAN, tagDocument);
    expect(findEntities(GERMAN, tagDocument, { language: 'en' })).toEqual(plain);
    expect(findEntities(GERMAN, tagDocument, { language: null })).toEqual(plain);
  });

  it('makes a country named in German a place, whatever type it came with, and not a noun that is another name for one', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: 'Kolumbien und der Mann' }];
    const entity = (id: string, name: string, type: Entity['type'], start: number, end: number): Entity =>
      ({ id, type, name, aliases: [], role: null, affiliation: null, mentions: [{ block: 0, start, end }], salience: 0 });
    const kept = keepVouchedNames([entity('e1', 'Kolumbien', 'organization', 0, 9), entity('e2', 'Isle of Man', 'place', 18, 22)], blocks, 'de');
    expect(kept.map((e) => `${e.name} (${e.type})`)).toEqual(['Kolumbien (place)']);
    // A noun phrase grouped with the country's name is let go, and the country keeps its own name.
    const phrase: Block[] = [{ kind: 'paragraph', text: 'Spanien gibt sich keine Blöße. Spanien keine Blöße' }];
    const grouped: Entity = { ...entity('e3', 'Spanien keine Blöße', 'person', 31, 50), mentions: [{ block: 0, start: 0, end: 7 }, { block: 0, start: 31, end: 50 }] };
    expect(keepVouchedNames([grouped], phrase, 'de')).toEqual([expect.objectContaining({ name: 'Spanien', type: 'place', mentions: [{ block: 0, start: 0, end: 7 }] })]);
  });

  it('clears an affiliation to an entity it leaves out', () => {
    const blocks: Block[] = [{ kind: 'paragraph', text: 'Christian Kopp von der Landessynode' }];
    const entity = (id: string, name: string, type: Entity['type'], start: number, affiliation: string | null = null): Entity =>
      ({ id, type, name, aliases: [], role: null, affiliation, mentions: [{ block: 0, start, end: start + name.length }], salience: 0 });
    const kept = keepVouchedNames([entity('e1', 'Christian Kopp', 'person', 0, 'e2'), entity('e2', 'Landessynode', 'organization', 19)], blocks, 'de');
    expect(kept).toEqual([expect.objectContaining({ id: 'e1', affiliation: null })]);
  });
});
