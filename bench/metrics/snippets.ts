// trafilatura's snippet evaluation: whitespace-normalised, case-sensitive substring tests on the extracted text.

export interface SnippetCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A `with` snippet found is a TP, missing an FN; a `without` snippet found is an FP, absent a TN. */
export function countSnippets(withSnippets: readonly string[], withoutSnippets: readonly string[], text: string | null): SnippetCounts {
  const haystack = text === null ? null : collapseSpaces(text);
  const found = (snippet: string) => haystack !== null && haystack.includes(collapseSpaces(snippet));
  const tp = withSnippets.filter(found).length;
  const fp = withoutSnippets.filter(found).length;
  return { tp, fp, fn: withSnippets.length - tp, tn: withoutSnippets.length - fp };
}

/** Precision, recall and F1 over all snippets of all pages (micro-averaged, as trafilatura's ConfusionMatrix). */
export function snippetScores(pages: readonly SnippetCounts[]): { precision: number; recall: number; f1: number } {
  const total = pages.reduce(
    (sum, c) => ({ tp: sum.tp + c.tp, fp: sum.fp + c.fp, fn: sum.fn + c.fn, tn: sum.tn + c.tn }),
    { tp: 0, fp: 0, fn: 0, tn: 0 },
  );
  const precision = total.tp + total.fp > 0 ? total.tp / (total.tp + total.fp) : 0;
  const recall = total.tp + total.fn > 0 ? total.tp / (total.tp + total.fn) : 0;
  const denominator = 2 * total.tp + total.fp + total.fn;
  return { precision, recall, f1: denominator > 0 ? (2 * total.tp) / denominator : 0 };
}
