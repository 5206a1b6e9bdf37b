// Scores one tool's prediction for one page against the gold annotations, field by field.
import type { Gold } from '../corpus/types';
import type { Field, Prediction } from '../tools/prediction';
import { shingleMatch, type ShingleCounts } from './ngrams';
import { countSnippets, type SnippetCounts } from './snippets';
import { dayOf, nameKeys, textKey } from './text-keys';

/** A field is absent when the page has no gold for it or the tool cannot answer it. */
export interface PageScores {
  title?: number;
  author?: number;
  day?: number;
  body?: ShingleCounts;
  snippets?: SnippetCounts;
  dek?: number;
  credit?: number;
}

export function scorePage(gold: Gold, prediction: Prediction, fields: ReadonlySet<Field>): PageScores {
  const scores: PageScores = {};
  if (gold.title !== undefined && fields.has('title')) scores.title = titleMatch(gold.title, prediction.title);
  if (gold.authors !== undefined && fields.has('authors')) {
    const goldNames = nameKeys(gold.authors);
    if (goldNames.size > 0) scores.author = setF1(goldNames, nameKeys(prediction.authors));
  }
  if (gold.day !== undefined && fields.has('published')) scores.day = dayOf(prediction.published) === gold.day ? 1 : 0;
  if (gold.body !== undefined && fields.has('body')) scores.body = shingleMatch(gold.body, prediction.body ?? '');
  if (gold.with !== undefined && fields.has('body')) {
    scores.snippets = countSnippets(gold.with, gold.without ?? [], mainText(prediction));
  }
  if (gold.dek !== undefined && fields.has('dek')) scores.dek = titleMatch(gold.dek, prediction.dek);
  if (gold.credits !== undefined && fields.has('credit')) {
    const goldCredits = nameKeys(gold.credits);
    if (goldCredits.size > 0) scores.credit = setF1(goldCredits, nameKeys(prediction.credit ? [prediction.credit] : []));
  }
  return scores;
}

/** Exact match of the normalised keys; a missing prediction never matches. */
export function titleMatch(gold: string, predicted: string | null): number {
  return predicted !== null && textKey(predicted) === textKey(gold) ? 1 : 0;
}

/** F1 of two sets of names; an empty prediction scores 0 against a non-empty gold set. */
export function setF1(gold: ReadonlySet<string>, predicted: ReadonlySet<string>): number {
  if (gold.size === 0 && predicted.size === 0) return 1;
  let common = 0;
  for (const name of predicted) if (gold.has(name)) common++;
  return (2 * common) / (gold.size + predicted.size);
}

/**
 * The text trafilatura's snippets are looked for in. Its annotators count the standfirst as main text
 * (its "with" snippets quote it; trafilatura's own output includes it), while the contract keeps it in
 * `dek` apart from the body blocks. Fundus and aeb keep the standfirst out of their body gold, so their
 * n-gram scores read the body alone.
 */
function mainText(prediction: Prediction): string | null {
  if (prediction.body === null || !prediction.dek) return prediction.body;
  return `${prediction.dek}\n${prediction.body}`;
}
