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

const longTasks: { start: number; duration: number }[] = [];
// Long tasks (over 50 ms) on the page's main thread, whoever ran them; the observer reports them a while later.
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });
/** When highlighting ran (from the call to the painted frame), so that only its long tasks are counted. */
const windows: [number, number][] = [];

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
    windows.push([t0, t3]);
    return { syncMs: t1 - t0, totalMs: t2 - t0, paintedMs: t3 - t0, marks: summary.marks, unplaced: summary.unplaced };
  },
  unhighlight(): number {
    const t0 = performance.now();
    highlighter.unhighlight();
    return performance.now() - t0;
  },
  /** The long tasks that started while highlighting (waiting a moment, as the observer reports them late). */
  async longTasksWhileHighlighting(): Promise<number[]> {
    await new Promise((resolve) => setTimeout(resolve, 200));
    return longTasks.filter((task) => windows.some(([from, to]) => task.start >= from - 1 && task.start <= to)).map((task) => task.duration);
  },
};

(globalThis as unknown as { newslensBench: typeof bench }).newslensBench = bench;
