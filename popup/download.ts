// "Download JSON": the Analysis as a file, through a Blob URL and an <a download> (no downloads permission needed).
import type { Analysis } from '../src/analysis';

/** "China calls for closer…" -> "newslens-china-calls-for-closer.json"; a page with no title gets the host. */
export function jsonFileName(analysis: Analysis): string {
  let base = analysis.article.title ?? '';
  if (!base && analysis.url) {
    try {
      base = new URL(analysis.url).hostname;
    } catch {
      base = '';
    }
  }
  // Accents go (é -> e), other letters stay: "Zürich" -> "zurich", "Москва" -> "москва".
  let slug = base.toLowerCase().normalize('NFKD').replace(/\p{M}+/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-+|-+$/g, '');
  // A long title is cut at a word boundary, never inside a word.
  if (slug.length > 60) slug = /-/.test(slug.slice(0, 61)) ? slug.slice(0, 61).replace(/-[^-]*$/, '') : slug.slice(0, 60);
  return `newslens-${slug || 'analysis'}.json`;
}

export function downloadAnalysis(analysis: Analysis, doc: Document = document): void {
  const blob = new Blob([JSON.stringify(analysis, null, 2) + '\n'], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const anchor = doc.createElement('a');
  anchor.href = url;
  anchor.download = jsonFileName(analysis);
  anchor.hidden = true;
  doc.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The browser has taken the file by the next task; revoking later keeps a slow save working.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
