// An invented story's Analysis (every name and sentence made up) with entities of each type, facts, quotes and sources.
import { ANALYSIS_SCHEMA, emptyArticle, type Analysis, type Block, type Span } from '../../src/analysis';
import { sourcesOf } from '../../src/sources';

const BLOCKS: Block[] = [
  { kind: 'title', text: 'Port Elling council backs a night ferry to Skarholm' },
  { kind: 'dek', text: 'Mayor Mara Lindqvist says the line could open before the Lantern Festival.' },
  { kind: 'paragraph', text: 'The council of Port Elling voted 9 to 2 on Tuesday to fund a night ferry run by Nordwave Ferries.' },
  { kind: 'paragraph', text: '"We have waited long enough for a boat after ten," Mayor Mara Lindqvist said. Lindqvist added that tickets would cost 4 crowns.' },
  { kind: 'paragraph', text: 'A harbour official said the berth needs repairs first. Nordwave Ferries declined to comment.' },
  { kind: 'paragraph', text: 'The service should start in May, ahead of the Lantern Festival in Skarholm.' },
];

/** The span of the `nth` occurrence of `text` in block `block`, checked so a typo fails loudly. */
export function spanOf(block: number, text: string, nth = 0): Span {
  let start = -1;
  for (let seen = 0; seen <= nth; seen++) start = BLOCKS[block]!.text.indexOf(text, start + 1);
  if (start < 0) throw new Error(`"${text}" is not in block ${block}`);
  return { block, start, end: start + text.length };
}

export function inventedAnalysis(): Analysis {
  const article = {
    ...emptyArticle(),
    title: BLOCKS[0]!.text,
    dek: BLOCKS[1]!.text,
    section: 'Coast',
    statedReadingMinutes: 3,
    authors: ['Ines Halvorsen', 'Tomas Brekke'],
    publisher: 'The Elling Courier',
    publishedAt: '2025-03-11',
    canonicalUrl: 'https://courier.example/coast/night-ferry',
    image: { src: null, alt: null, caption: 'The old ferry berth at dusk.', credit: 'Courier Photo Desk' },
    wire: ['Baltic Wire'],
  };
  const entities: Analysis['entities'] = [
    { id: 'e1', type: 'place', name: 'Port Elling', aliases: [], role: null, affiliation: null, salience: 0.8,
      mentions: [spanOf(2, 'Port Elling'), spanOf(0, 'Port Elling')] },
    { id: 'e2', type: 'person', name: 'Mara Lindqvist', aliases: ['Lindqvist'], role: 'Mayor', affiliation: 'e1', salience: 0.9,
      mentions: [spanOf(1, 'Mara Lindqvist'), spanOf(3, 'Mara Lindqvist'), spanOf(3, 'Lindqvist', 1)] },
    { id: 'e3', type: 'organization', name: 'Nordwave Ferries', aliases: [], role: null, affiliation: null, salience: 0.6,
      mentions: [spanOf(2, 'Nordwave Ferries'), spanOf(4, 'Nordwave Ferries')] },
    { id: 'e4', type: 'place', name: 'Skarholm', aliases: [], role: null, affiliation: null, salience: 0.5,
      mentions: [spanOf(0, 'Skarholm'), spanOf(5, 'Skarholm')] },
    { id: 'e5', type: 'event', name: 'Lantern Festival', aliases: [], role: null, affiliation: null, salience: 0.3,
      mentions: [spanOf(1, 'Lantern Festival'), spanOf(5, 'Lantern Festival')] },
  ];
  const quotes: Analysis['quotes'] = [
    { id: 'q1', kind: 'direct', text: 'We have waited long enough for a boat after ten', span: spanOf(3, 'We have waited long enough for a boat after ten'),
      speaker: 'e2', speakerText: 'Mayor Mara Lindqvist', cue: 'said' },
    { id: 'q2', kind: 'indirect', text: 'tickets would cost 4 crowns', span: spanOf(3, 'tickets would cost 4 crowns'),
      speaker: 'e2', speakerText: 'Lindqvist', cue: 'added' },
    { id: 'q3', kind: 'indirect', text: 'the berth needs repairs first', span: spanOf(4, 'the berth needs repairs first'),
      speaker: null, speakerText: 'A harbour official', cue: 'said' },
  ];
  const facts: Analysis['facts'] = [
    { id: 'f1', kind: 'event', text: 'The council of Port Elling voted 9 to 2 to fund a night ferry.', subject: 'e1', predicate: 'voted', objects: ['e3'],
      when: '2025-03-11', where: 'e1', attribution: { kind: 'none', source: null, text: null }, evidence: spanOf(2, 'The council of Port Elling voted 9 to 2'), confidence: 0.9 },
    { id: 'f2', kind: 'quantity', text: 'Tickets would cost 4 crowns.', subject: null, predicate: 'cost', objects: [],
      when: null, where: null, attribution: { kind: 'named', source: 'e2', text: 'Lindqvist' }, evidence: spanOf(3, 'tickets would cost 4 crowns'), confidence: 0.8 },
    { id: 'f3', kind: 'statement', text: 'The berth needs repairs first.', subject: null, predicate: 'said', objects: [],
      when: null, where: null, attribution: { kind: 'anonymous', source: null, text: 'A harbour official' }, evidence: spanOf(4, 'the berth needs repairs first'), confidence: 0.7 },
    { id: 'f4', kind: 'event', text: 'The service should start in May.', subject: null, predicate: 'start', objects: [],
      when: '2025-05', where: 'e4', attribution: { kind: 'wire', source: 'Baltic Wire', text: 'Baltic Wire' }, evidence: spanOf(5, 'The service should start in May'), confidence: 0.6 },
  ];
  const sources = sourcesOf(article, [...quotes.slice(0, 2), { speaker: null, anonymous: true }], facts);
  return {
    schema: ANALYSIS_SCHEMA,
    url: 'https://courier.example/coast/night-ferry?ref=home',
    isArticle: true,
    article,
    blocks: BLOCKS.map((block) => ({ ...block })),
    entities,
    times: [],
    quotes,
    facts,
    sources,
    stats: { words: 80, ms: 4 },
  };
}
