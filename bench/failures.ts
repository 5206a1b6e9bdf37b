// --failures N: the N worst DEV pages per figure, gold beside ours. HELD-OUT pages are never listed.
import type { SetName } from './corpus/types';
import { pageF1, pagePrecision, pageRecall } from './metrics/ngrams';
import type { PageScores } from './metrics/page-scores';
import { dayOf } from './metrics/text-keys';
import type { PageResult } from './run-pages';
import { fraction } from './table';

type FailureFigure = 'title' | 'author' | 'day' | 'body' | 'snippets' | 'dek' | 'credit';
const FIGURES: readonly FailureFigure[] = ['title', 'author', 'day', 'body', 'snippets', 'dek', 'credit'];

export function failureReport(set: SetName, results: readonly PageResult[], limit: number): string {
  const dev = results.filter((r) => r.page.split === 'dev' && !r.unreadable);
  const sections: string[] = [];
  for (const figure of FIGURES) {
    const scored = dev
      .map((result) => ({ result, badness: badness(figure, result.scores.ours) }))
      .filter((entry): entry is { result: PageResult; badness: number } => entry.badness !== undefined && entry.badness > 0)
      .sort((a, b) => b.badness - a.badness || a.result.page.relPath.localeCompare(b.result.page.relPath))
      .slice(0, limit);
    if (scored.length === 0) continue;
    const total = dev.filter((r) => badness(figure, r.scores.ours) !== undefined).length;
    const wrong = dev.filter((r) => (badness(figure, r.scores.ours) ?? 0) > 0).length;
    const lines = scored.map(({ result }) => describeFailure(figure, result));
    sections.push(`── ${set} · ${figure}: ${wrong} of ${total} DEV pages imperfect; worst ${scored.length}:\n${lines.join('\n')}`);
  }
  return sections.join('\n\n');
}

/** How wrong a page is for a figure (0 = right), or undefined when the figure does not apply. */
function badness(figure: FailureFigure, scores: PageScores | undefined): number | undefined {
  if (!scores) return undefined;
  switch (figure) {
    case 'title':
    case 'day':
    case 'dek':
    case 'author':
    case 'credit':
      return scores[figure] === undefined ? undefined : 1 - scores[figure];
    case 'body':
      return scores.body ? 1 - pageF1(scores.body) : undefined;
    case 'snippets':
      return scores.snippets ? scores.snippets.fn + scores.snippets.fp : undefined;
  }
}

function describeFailure(figure: FailureFigure, result: PageResult): string {
  const { page } = result;
  const ours = result.predictions.ours;
  const head = `  ${page.relPath}  ${page.url ?? ''}${result.errors.ours ? `  [ours threw: ${result.errors.ours}]` : ''}`;
  const pair = (gold: unknown, got: unknown) => `${head}\n      gold: ${show(gold)}\n      ours: ${show(got)}`;
  switch (figure) {
    case 'title':
      return pair(page.gold.title, ours?.title);
    case 'author':
      return pair(page.gold.authors, ours?.authors);
    case 'day':
      return pair(page.gold.day, `${dayOf(ours?.published) ?? 'null'} (from ${show(ours?.published)})`);
    case 'dek':
      return pair(page.gold.dek, ours?.dek);
    case 'credit':
      return pair(page.gold.credits, ours?.credit);
    case 'body':
      return bodyFailure(head, page.gold.body ?? '', ours?.body ?? '', result.scores.ours);
    case 'snippets':
      return snippetFailure(head, page.gold.with ?? [], page.gold.without ?? [], ours?.body ?? '');
  }
}

function bodyFailure(head: string, gold: string, ours: string, scores: PageScores | undefined): string {
  const counts = scores?.body ?? { tp: 0, fp: 0, fn: 0 };
  const words = (text: string) => (text.match(/[\p{L}\p{N}_]+/gu) ?? []).length;
  const missing = linesNotIn(gold, ours);
  const extra = linesNotIn(ours, gold);
  return [
    `${head}`,
    `      F1 ${fraction(pageF1(counts))} (P ${fraction(pagePrecision(counts))} R ${fraction(pageRecall(counts))}); ` +
      `gold ${words(gold)} words in ${gold.split('\n').length} lines, ours ${words(ours)} words in ${ours ? ours.split('\n').length : 0} lines`,
    `      gold starts: ${show(gold.slice(0, 140))}`,
    `      ours starts: ${show(ours.slice(0, 140))}`,
    ...missing.slice(0, 3).map((line) => `      missing: ${show(line)}`),
    ...extra.slice(0, 3).map((line) => `      extra:   ${show(line)}`),
  ].join('\n');
}

function snippetFailure(head: string, withSnippets: string[], withoutSnippets: string[], body: string): string {
  const haystack = body.replace(/\s+/g, ' ');
  const inBody = (snippet: string) => haystack.includes(snippet.replace(/\s+/g, ' ').trim());
  return [
    head,
    ...withSnippets.filter((s) => !inBody(s)).map((s) => `      missing (with):  ${show(s)}`),
    ...withoutSnippets.filter(inBody).map((s) => `      present (without): ${show(s)}`),
    `      ours starts: ${show(body.slice(0, 140))}`,
  ].join('\n');
}

/** Lines of `text` (at least 4 words) whose normalised form is not inside `other`. */
function linesNotIn(text: string, other: string): string[] {
  const key = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const otherKey = key(other);
  return text
    .split('\n')
    .filter((line) => line.trim().split(/\s+/).length >= 4 && !otherKey.includes(key(line)));
}

function show(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return JSON.stringify(text.length > 160 ? `${text.slice(0, 157)}…` : text);
}
