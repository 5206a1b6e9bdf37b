// What each tool's output is reduced to before scoring, and which fields a tool can answer at all.

export interface Prediction {
  title: string | null;
  authors: string[];
  /** The publication date exactly as the tool gives it (scored by its day as written). */
  published: string | null;
  /** Body text; null when the tool failed on the page. */
  body: string | null;
  dek: string | null;
  credit: string | null;
}

export type Field = 'title' | 'authors' | 'published' | 'body' | 'dek' | 'credit';

export type ToolName = 'ours' | 'readability' | 'metascraper';
export const TOOL_NAMES: readonly ToolName[] = ['ours', 'readability', 'metascraper'];

export const TOOL_LABELS: Record<ToolName, string> = {
  ours: 'Newslens',
  readability: 'Readability 0.6',
  metascraper: 'metascraper',
};

/** The fields each tool answers; a figure a tool cannot produce is shown as "–", never as 0. */
export const TOOL_FIELDS: Record<ToolName, ReadonlySet<Field>> = {
  ours: new Set(['title', 'authors', 'published', 'body', 'dek', 'credit']),
  readability: new Set(['title', 'authors', 'published', 'body']),
  metascraper: new Set(['title', 'authors', 'published']),
};

/** What a tool that crashed on a page is scored as: nothing found. */
export function emptyPrediction(): Prediction {
  return { title: null, authors: [], published: null, body: null, dek: null, credit: null };
}
