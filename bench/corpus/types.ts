// What a benchmark page is: where its bytes live, which split it belongs to, and its gold annotations.

export type SetName = 'fundus' | 'aeb' | 'htmldate' | 'trafilatura';
export const SET_NAMES: readonly SetName[] = ['fundus', 'aeb', 'htmldate', 'trafilatura'];

export type Split = 'dev' | 'held-out';

/** Gold annotations; a field is undefined when the corpus does not annotate it for this page. */
export interface Gold {
  title?: string;
  /** Author names as the corpus gives them (each may still hold several names: they are split when scored). */
  authors?: string[];
  /** Publication day YYYY-MM-DD, or null when the corpus says the page has none (htmldate). */
  day?: string | null;
  body?: string;
  /** trafilatura: snippets that must be in the body. */
  with?: string[];
  /** trafilatura: snippets that must not be in the body. */
  without?: string[];
  /** fundus: the standfirst (body.summary). */
  dek?: string;
  /** fundus: the lead image's credit (images[].authors of the cover image). */
  credits?: string[];
}

export interface BenchPage {
  set: SetName;
  /** Path relative to the structure corpus root, e.g. "fundus/us/APNews_2023_04_28.html.gz". */
  relPath: string;
  url: string | null;
  split: Split;
  gold: Gold;
}
