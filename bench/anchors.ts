// The corpus README's anchor figures (Readability 0.6.0, metascraper and published tools on the same pages).
import type { SetName } from './corpus/types';
import type { FigureId } from './metrics/figures';

export const ANCHORS: Partial<Record<SetName, Partial<Record<FigureId, string>>>> = {
  fundus: {
    title: 'R .795 · M .678',
    author: 'R .801 · M .682',
    day: 'R .888 · M .965',
    body: 'R .901',
  },
  aeb: {
    body: 'R .947 · trafilatura .958 · best .970',
    'body-p': 'R .914',
    'body-r': 'R .982',
  },
  htmldate: {
    day: 'R .528 · M .695 · htmldate F .949',
  },
  trafilatura: {
    snippet: 'R .887 · trafilatura .924',
    title: 'R .613 · M .514',
    author: 'R .434 · M .574',
    day: 'R .500 · M .664',
  },
};
