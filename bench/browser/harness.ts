// Runs in a plain Chromium page (no extension): the parser and the highlighter of the content script, timed from inside the page.
import { analyzeDocument } from '../../src/analyze';
import type { Analysis } from '../../src/analysis';
import { createPageHighlighter } from '../../content/highlight/highlighter';
import { shippedTagger } from '../../content/shipped-tagger';

export interface HighlightTiming {
  /** highlight() itself: mapping every mention and writing the first task's marks. */
  syncMs: number;
  /** Until the last mark is on the page (the rest are written in later tasks). */
  totalMs: number;
  /** Until the browser has laid out and painted the page with every mark (the next frame after the last write). */
  paintedMs: number;
  marks: number;
  unplaced: number;
}

const longTasks: number[] = [];
// Long tasks (over 50 ms) on the page's main thread, whoever ran them.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry.duration);
}).observe({ type: 'longtask', buffered: true });

const highlighter = createPageHighlighter(document);
let analysis: Analysis | null = null;

const bench = {
  /** Unpacks the tagger's weights and analyses the page, each timed. */
  analyze(): { taggerMs: number; analyzeMs: number; entities: number; mentions: number; blocks: number } {
    const t0 = performance.now();
    const tagger = shippedTagger();
    const t1 = performance.now();
    analysis = analyzeDocument(document, { url: location.href, tagger });
    const t2 = performance.now();
    return {
      taggerMs: t1 - t0,
      analyzeMs: t2 - t1,
      entities: analysis.entities.length,
      mentions: analysis.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
      blocks: analysis.blocks.length,
    };
  },
  async highlight(): Promise<HighlightTiming> {
    if (!analysis) throw new Error('analyze first');
    const t0 = performance.now();
    const summary = highlighter.highlight(analysis);
    const t1 = performance.now();
    await highlighter.written;
    const t2 = performance.now();
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    const t3 = performance.now();
    return { syncMs: t1 - t0, totalMs: t2 - t0, paintedMs: t3 - t0, marks: summary.marks, unplaced: summary.unplaced };
  },
  unhighlight(): number {
    const t0 = performance.now();
    highlighter.unhighlight();
    return performance.now() - t0;
  },
  /** Long tasks seen since the last call, then forgets them (after a moment: the observer reports them late). */
  async takeLongTasks(): Promise<number[]> {
    await new Promise((resolve) => setTimeout(resolve, 100));
    return longTasks.splice(0);
  },
};

(globalThis as unknown as { newslensBench: typeof bench }).newslensBench = bench;
