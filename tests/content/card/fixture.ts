// An invented Analysis and a page highlighted the way the highlighter marks it, for the hover card's tests.
import type { Analysis, Entity, Fact, Quote } from '../../../src/analysis';
import { emptyArticle } from '../../../src/analysis';

const span = (block: number, start: number, end: number) => ({ block, start, end });

export const ENTITIES: Entity[] = [
  { id: 'e1', type: 'person', name: 'Mara Okonkwo', aliases: ['Okonkwo'], role: 'Minister of Ports', affiliation: 'e2', mentions: [span(0, 0, 12), span(1, 0, 7), span(2, 4, 11)], salience: 1 },
  { id: 'e2', type: 'place', name: 'Veldmark', aliases: [], role: null, affiliation: null, mentions: [span(0, 40, 48)], salience: 0.6 },
  { id: 'e3', type: 'organization', name: 'Harbour Workers Union', aliases: [], role: null, affiliation: null, mentions: [span(0, 17, 38), span(2, 20, 41)], salience: 0.5 },
  { id: 'e4', type: 'event', name: 'Tide Festival', aliases: [], role: null, affiliation: null, mentions: [span(1, 30, 43)], salience: 0.2 },
  // A name that looks like markup: it must show as text.
  { id: 'e5', type: 'other', name: '<img src=x onerror="window.__pwned=1">Quay <b>7</b>', aliases: [], role: null, affiliation: null, mentions: [span(2, 50, 57)], salience: 0.1 },
];

export const QUOTES: Quote[] = [
  { id: 'q1', kind: 'direct', text: '  The new quay opens in spring,\n and not a day later.  ', span: span(1, 50, 90), speaker: 'e1', speakerText: 'Okonkwo', cue: 'said' },
  { id: 'q2', kind: 'indirect', text: 'the union would be consulted on every shift', span: span(2, 60, 100), speaker: 'e1', speakerText: 'she', cue: 'said' },
  { id: 'q3', kind: 'direct', text: 'We were not asked.', span: span(2, 110, 128), speaker: 'e3', speakerText: 'the union', cue: 'said' },
];

const fact = (id: string, text: string, subject: string | null, objects: string[], attribution: Fact['attribution']): Fact => ({
  id, kind: 'event', text, subject, predicate: 'met', objects, when: null, where: null, attribution, evidence: span(0, 0, 10), confidence: 0.9,
});

export const FACTS: Fact[] = [
  fact('f1', 'Mara Okonkwo met the Harbour Workers Union in Veldmark.', 'e1', ['e3', 'e2'], { kind: 'wire', source: 'Coastline Wire', text: 'Coastline Wire' }),
  fact('f2', 'The Harbour Workers Union wrote to Mara Okonkwo.', 'e3', ['e1'], { kind: 'organization', source: 'e3', text: 'the union' }),
  fact('f3', 'Veldmark will host the Tide Festival.', 'e2', ['e4'], { kind: 'none', source: null, text: null }),
  fact('f4', 'Okonkwo is Minister of Ports of Veldmark.', 'e1', ['e2'], { kind: 'anonymous', source: null, text: null }),
];

export function fixtureAnalysis(overrides: Partial<Analysis> = {}): Analysis {
  return {
    schema: 'newslens/analysis@1', url: 'https://news.example/ports', isArticle: true, article: emptyArticle(),
    blocks: [], entities: ENTITIES, times: [], quotes: QUOTES, facts: FACTS,
    sources: { authors: [], publisher: null, wire: [], photo: [], named: [], anonymous: 0, unattributed: 0 },
    stats: { words: 60, ms: 1 }, ...overrides,
  };
}

const mark = (id: string, type: string, text: string, mention?: number) =>
  `<newslens-mark data-entity="${id}" data-type="${type}" tabindex="0"${mention === undefined ? '' : ` data-mention="${mention}"`}>${text}</newslens-mark>`;

/** The page: three paragraphs, the person three times (the third split over a link), a link between marks. */
export const PAGE_HTML = `<article>
<p id="p1">${mark('e1', 'person', 'Mara Okonkwo', 0)} met the ${mark('e3', 'organization', 'Harbour Workers Union', 0)} in ${mark('e2', 'place', 'Veldmark', 0)}.</p>
<p id="p2">${mark('e1', 'person', 'Okonkwo', 1)} said before the ${mark('e4', 'event', 'Tide Festival', 0)}: <a id="link" href="#x">read more</a></p>
<p id="p3">And ${mark('e1', 'person', 'Mara', 2)}<a href="#y">${mark('e1', 'person', ' Okonkwo', 2)}</a> told the ${mark('e3', 'organization', 'Harbour Workers Union', 1)} about ${mark('e5', 'other', 'Quay 7', 0)}.</p>
</article>`;
