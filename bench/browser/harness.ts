// Runs in a plain Chromium page (no extension): the parser and the highlighter of the content script, timed from inside the page.
import { analyzeDocumentStaged } from '../../src/analysis-staged';
import type { Analysis } from '../../src/analysis';
import { createPageHighlighter } from '../../content/highlight/highlighter';
import { shippedTagger } from '../../src/nlp/ner/shipped-tagger';
import { nextTask } from '../../content/highlight/yield';

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
  /** Each stage's own work: structure, tagger's weights, entities, times, quotes, facts. */
  stagesMs: number[];
  /** Each stage's longest task: the stage itself, or the longest of its slices when it yields inside (entities). */
  longestTaskMs: number[];
  /** Tasks of each stage. */
  tasks: number[];
  /** Long tasks (over 50 ms) the browser saw while the analysis ran, whoever ran them. */
  longTasksMs: number[];
  /** From the start to the entities, pauses included: when marks can be drawn. */
  entitiesMs: number;
  /** From the start to the whole Analysis, pauses included. */
  wallMs: number;
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

const bench = {
  /**
   * Reads the page as the content script does, a stage per task (structure, the tagger's weights, entities, times,
   * quotes, facts): the work of each stage, the time until the entities (what marks need) and until the end.
   */
  async analyze(): Promise<AnalysisTiming> {
    const stages: number[] = [];
    const longest: number[] = [];
    const tasks: number[] = [];
    // The current stage's slices so far: their sum, the longest, how many.
    let work = 0;
    let longestSlice = 0;
    let slices = 0;
    let sliceStart = performance.now();
    const t0 = sliceStart;
    let entitiesMs = 0;
    const endSlice = () => {
      const ms = performance.now() - sliceStart;
      work += ms;
      longestSlice = Math.max(longestSlice, ms);
      slices++;
    };
    const nextSlice = () =>
      nextTask().then(() => {
        sliceStart = performance.now();
      });
    analysis = await analyzeDocumentStaged(document, {
      url: location.href,
      loadTagger: shippedTagger,
      warmUp: true,
      pause: () => {
        endSlice();
        stages.push(work);
        longest.push(longestSlice);
        tasks.push(slices);
        work = longestSlice = slices = 0;
        return nextSlice();
      },
      yieldNow: () => {
        endSlice();
        return nextSlice();
      },
      onEntities: () => {
        entitiesMs = performance.now() - t0;
      },
    });
    const wallMs = performance.now() - t0;
    // The observer reports long tasks a moment late.
    await new Promise((resolve) => setTimeout(resolve, 200));
    return {
      stagesMs: stages,
      longestTaskMs: longest,
      tasks,
      longTasksMs: longTasks.filter((task) => task.start >= t0 - 1 && task.start <= t0 + wallMs).map((task) => task.duration),
      entitiesMs,
      wallMs,
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
