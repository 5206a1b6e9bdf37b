// A complete Analysis of the kind the content script returns for the seed article.
import { ANALYSIS_SCHEMA, emptyArticle, type Analysis } from '../../src/analysis';
import { sourcesOf } from '../../src/sources';

export function seedAnalysis(): Analysis {
  const article = {
    ...emptyArticle(),
    title: 'China calls for closer Beijing-Moscow coordination in Asia Pacific',
    dek: 'China and Russia should play "better role as an anchor of stability in the changing circumstances of the century," says China\'s Vice Foreign Minister Sun Weidong.',
    section: 'WORLD',
    statedReadingMinutes: 2,
    authors: ['Sadiq S Bhat'],
    publisher: 'TRT World',
    publishedAt: '2024-02-28',
    image: { src: null, alt: null, caption: 'Chinese President Xi Jinping and Russian President Vladimir Putin pose for a photo', credit: 'AP Archive' },
    wire: ['Reuters'],
  };
  return {
    schema: ANALYSIS_SCHEMA,
    url: 'https://www.trtworld.com/asia/china-calls-for-closer-beijing-moscow-coordination-in-asia-pacific-17203580',
    isArticle: true,
    article,
    blocks: [{ kind: 'title', text: article.title }, { kind: 'paragraph', text: 'China and Russia should strengthen communication.' }],
    entities: [],
    times: [],
    quotes: [],
    facts: [],
    sources: sourcesOf(article),
    stats: { words: 6, ms: 1 },
  };
}
