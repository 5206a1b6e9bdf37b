// Turns many pages' scores into the figures the report prints (per split, per tool).
import type { SetName } from '../corpus/types';
import { aggregateShingles } from './ngrams';
import type { PageScores } from './page-scores';
import { snippetScores } from './snippets';

export type FigureId =
  | 'title' | 'author' | 'day' | 'body' | 'body-p' | 'body-r'
  | 'snippet' | 'snippet-p' | 'snippet-r' | 'dek' | 'credit';

export const FIGURE_LABELS: Record<FigureId, string> = {
  title: 'title exact',
  author: 'author set-F1',
  day: 'publication day',
  body: 'body 4-gram F1',
  'body-p': '  body precision',
  'body-r': '  body recall',
  snippet: 'snippet F1',
  'snippet-p': '  snippet precision',
  'snippet-r': '  snippet recall',
  dek: 'dek exact (reported)',
  credit: 'photo credit F1 (reported)',
};

/** The figures shown for each set, in order. */
export const SET_FIGURES: Record<SetName, FigureId[]> = {
  fundus: ['title', 'author', 'day', 'body', 'body-p', 'body-r', 'dek', 'credit'],
  aeb: ['body', 'body-p', 'body-r'],
  htmldate: ['day'],
  trafilatura: ['snippet', 'snippet-p', 'snippet-r', 'title', 'author', 'day'],
};

export interface Figure {
  value: number;
  /** Pages that contributed. */
  n: number;
}

export function computeFigures(pages: readonly PageScores[]): Partial<Record<FigureId, Figure>> {
  const figures: Partial<Record<FigureId, Figure>> = {};
  const meanOf = (id: FigureId, values: number[]) => {
    if (values.length > 0) figures[id] = { value: values.reduce((a, b) => a + b, 0) / values.length, n: values.length };
  };
  meanOf('title', pick(pages, (p) => p.title));
  meanOf('author', pick(pages, (p) => p.author));
  meanOf('day', pick(pages, (p) => p.day));
  meanOf('dek', pick(pages, (p) => p.dek));
  meanOf('credit', pick(pages, (p) => p.credit));
  const bodies = pick(pages, (p) => p.body);
  if (bodies.length > 0) {
    const body = aggregateShingles(bodies);
    figures.body = { value: body.f1, n: bodies.length };
    figures['body-p'] = { value: body.precision, n: bodies.length };
    figures['body-r'] = { value: body.recall, n: bodies.length };
  }
  const snippets = pick(pages, (p) => p.snippets);
  if (snippets.length > 0) {
    const scores = snippetScores(snippets);
    figures.snippet = { value: scores.f1, n: snippets.length };
    figures['snippet-p'] = { value: scores.precision, n: snippets.length };
    figures['snippet-r'] = { value: scores.recall, n: snippets.length };
  }
  return figures;
}

function pick<T>(pages: readonly PageScores[], get: (page: PageScores) => T | undefined): T[] {
  const values: T[] = [];
  for (const page of pages) {
    const value = get(page);
    if (value !== undefined) values.push(value);
  }
  return values;
}
