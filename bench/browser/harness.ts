// Runs in a plain Chromium page (no extension): the parser and the highlighter of the content script, timed from inside the page.
import { analyzeDocumentStaged } from '../../src/analysis-staged';
import type { Analysis } from '../../src/analysis';
import { createPageHighlighter } from '../../content/highlight/highlighter';
import { shippedTagger } from '../../content/shipped-tagger';
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
    let stageStart = performance.now();
    const t0 = stageStart;
    let entitiesMs = 0;
    analysis = await analyzeDocumentStaged(document, {
      url: location.href,
      loadTagger: shippedTagger,
      warmUp: true,
      pause: () => {
        stages.push(performance.now() - stageStart);
        return nextTask().then(() => {
          stageStart = performance.now();
        });
      },
      onEntities: () => {
        entitiesMs = performance.now() - t0;
      },
    });
    return {
      stagesMs: stages,
      entitiesMs,
      wallMs: performance.now() - t0,
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
