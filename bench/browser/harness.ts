// Runs in a plain Chromium page (no extension): the content script's part of a reading and its highlighter, and the background's reader, timed from inside the page.
import type { Analysis } from '../../src/analysis';
import { analyzeDocumentApart } from '../../src/analysis-apart';
import { createStoryReader } from '../../background/story-reader';
import { createPageHighlighter } from '../../content/highlight/highlighter';
import { storyReaderClient } from '../../content/story-reader-client';
import { pageTagger } from './page-model';

export interface HighlightTiming {
  /** Until highlight() answers: reading the page's text, mapping every mention, writing the first task's marks. */
  syncMs: number;
  /** Until the last mark is on the page (the rest are written in later tasks). */
  totalMs: number;
  /** Until the browser has laid out and painted the page with every mark (the next frame after the last write). */
  paintedMs: number;
  marks: number;
  unplaced: number;
}

export interface AnalysisTiming {
  /** The page's own part of a reading: serialising the document (document.documentElement.outerHTML), one task. */
  serialiseMs: number;
  /** Long tasks (over 50 ms) the browser saw while the page serialised itself. */
  longTasksMs: number[];
  /** The background's first-use work (the reader's prepare: weights, name lists, entity layer compiled). */
  prepareMs: number;
  /** The reader's first page (code cold but prepared): structure and entities, then times, quotes and facts. */
  firstPageMs: number;
  firstRestMs: number;
  /** A later page (code warm), as every page after the background's first: the same two requests. */
  laterPageMs: number;
  laterRestMs: number;
  entities: number;
  mentions: number;
  blocks: number;
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

/** The background's reader, here in the page's thread for timing; its work is off the page in the extension. */
const reader = createStoryReader(pageTagger);
const timings: Record<string, number[]> = { readPage: [], readAfterEntities: [] };

/** The content script's client of the reader, each request timed (the messages' own cost is left out here). */
const client = storyReaderClient(async (message) => {
  const started = performance.now();
  const answer = await reader.handle(message);
  (timings[message.method] ??= []).push(performance.now() - started);
  return answer;
});

const bench = {
  /**
   * Reads the page as the extension does: the page serialises itself (timed, with the long tasks the browser saw
   * meanwhile), the reader reads it. Twice: the reader's first page after its prepare, then a later page.
   */
  async analyze(): Promise<AnalysisTiming> {
    const t0 = performance.now();
    await reader.prepare();
    const prepareMs = performance.now() - t0;
    // The page's own part, the call analyzeDocumentApart makes, timed alone.
    const serialiseWindow: [number, number] = [performance.now(), 0];
    void document.documentElement.outerHTML;
    serialiseWindow[1] = performance.now();
    const serialiseMs = serialiseWindow[1] - serialiseWindow[0];
    analysis = await analyzeDocumentApart(document, { url: location.href, reader: client });
    analysis = await analyzeDocumentApart(document, { url: location.href, reader: client });
    // The observer reports long tasks a moment late.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      serialiseMs,
      longTasksMs: longTasks.filter((task) => task.start >= serialiseWindow[0] - 1 && task.start <= serialiseWindow[1]).map((task) => task.duration),
      prepareMs,
      firstPageMs: timings.readPage![0]!,
      firstRestMs: timings.readAfterEntities![0]!,
      laterPageMs: timings.readPage![1]!,
      laterRestMs: timings.readAfterEntities![1]!,
      entities: analysis.entities.length,
      mentions: analysis.entities.reduce((sum, entity) => sum + entity.mentions.length, 0),
      blocks: analysis.blocks.length,
    };
  },
  async highlight(): Promise<HighlightTiming> {
    if (!analysis) throw new Error('analyze first');
    const t0 = performance.now();
    const summary = await highlighter.highlight(analysis);
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
