// The PageHighlighter of the content session: marks entity mentions on the live page in short tasks, and takes them off again.
import type { Analysis, Entity, Span } from '../../src/analysis';
import type { HighlightSummary } from '../../src/messages';
import type { PageHighlighter } from '../session';
import { locateBlocks, locateSpan } from './locate';
import { FLASH_TAG, MARK_TAG } from './own-elements';
import { planMarks, spanKey, type PlannedPiece } from './plan';
import { PageStyles, schemeBehind } from './styles';
import { buildTextIndex } from './text-index';
import { piecesOf, Wrapper } from './wrap';
import { budget, nextTask, TASK_BUDGET_MS } from './yield';

export interface HighlighterOptions {
  /** Runs each of our writes, so a page watcher can tell them from the page's own (see page-watch.ts). */
  guard?: <T>(write: () => T) => T;
  /** How long a revealed mention flashes. */
  flashMs?: number;
}

export interface ContentHighlighter extends PageHighlighter {
  /** Reads the page's text and plans the marks (a task each on a big page), then writes them in short tasks. */
  highlight(analysis: Analysis, types?: readonly Entity['type'][]): Promise<HighlightSummary>;
  /** Settles when the marks of the last highlight() are all on the page (they are written in short tasks). */
  readonly written: Promise<void>;
  /** The types the last highlight() was asked for (undefined: all). */
  readonly types: readonly Entity['type'][] | undefined;
  /** Removes marks, flashes and the stylesheet. */
  dispose(): void;
}

const FLASH_ATTRIBUTE = 'data-newslens-flash';
/** Reading, planning and the first writes together: well under the 50 ms of a long task. */
const FIRST_TASK_LIMIT_MS = 30;
const NOTHING_MARKED: HighlightSummary = { marks: 0, entities: 0, unplaced: 0 };

/** One highlight's writing: its pieces, how far it got, and whether unhighlight called it off. */
interface Job {
  pieces: PlannedPiece[];
  next: number;
  cancelled: boolean;
}

export function createPageHighlighter(doc: Document, options: HighlighterOptions = {}): ContentHighlighter {
  const guard = options.guard ?? (<T>(write: () => T) => write());
  const flashMs = options.flashMs ?? 1600;
  const styles = new PageStyles(doc);
  let marks = new Wrapper();
  let byKey = new Map<string, Element[]>();
  let job: Job | null = null;
  let written: Promise<void> = Promise.resolve();
  let types: readonly Entity['type'][] | undefined;
  let flash: { wrapper: Wrapper; flashed: Element[]; timer: ReturnType<typeof setTimeout> } | null = null;
  /** The page's element around the first mark, whose background chose the colours. */
  let anchor: Element | null = null;

  function makeMark(piece: PlannedPiece): Element {
    const mark = doc.createElement(MARK_TAG);
    mark.setAttribute('data-entity', piece.entity.id);
    mark.setAttribute('data-type', piece.entity.type);
    mark.setAttribute('data-mention', String(piece.mention));
    // One tab stop per mention, however many text nodes it spans.
    mark.setAttribute('tabindex', piece.lead ? '0' : '-1');
    return mark;
  }

  /** Writes pieces from `state.next` on (in the plan's order) until `over()` says the task has had its time. */
  function writeSome(state: Job, over: () => boolean): void {
    guard(() => {
      do {
        const piece = state.pieces[state.next++]!;
        const mark = marks.wrap(piece, () => makeMark(piece));
        if (!mark) continue;
        const list = byKey.get(piece.key);
        // A mention's pieces lie in different text nodes, which are written in document order.
        if (list) list.push(mark);
        else byKey.set(piece.key, [mark]);
      } while (state.next < state.pieces.length && !over());
    });
  }

  /**
   * Writes the pieces in tasks of a few milliseconds each, until done or cancelled. Each task's marks cost the browser
   * three to four times the task's time in the frame after it (every marked paragraph is laid out and shaped again), so
   * a larger budget leaves frames over the 50 ms of a long task on a big page.
   */
  async function write(state: Job, spentMs: number): Promise<void> {
    // The first task already spent `spentMs` reading the page and planning. The frame after a task costs in proportion
    // to the marks written, not to that reading, so it still writes a whole budget's worth while the task stays well
    // under a long task: a small page (the seed's 51 marks, in a page whose code runs cold) is then marked in one task
    // instead of waiting a frame for its last marks.
    let firstTask = true;
    while (state.next < state.pieces.length && !state.cancelled) {
      // Each task's clock starts when the task does, after the browser had its turn.
      writeSome(state, budget(firstTask ? Math.max(0, Math.min(TASK_BUDGET_MS, FIRST_TASK_LIMIT_MS - spentMs)) : TASK_BUDGET_MS));
      firstTask = false;
      if (state.next < state.pieces.length) await nextTask();
    }
    if (job === state) job = null;
  }

  /** Writes what is left of the current job at once (reveal must not split text the job has yet to wrap). */
  function finishJob(): void {
    if (job && job.next < job.pieces.length && !job.cancelled) writeSome(job, () => false);
  }

  function endFlash(): void {
    if (!flash) return;
    const ending = flash;
    flash = null;
    clearTimeout(ending.timer);
    guard(() => {
      for (const el of ending.flashed) el.removeAttribute(FLASH_ATTRIBUTE);
      ending.wrapper.restore();
    });
    if (marks.count === 0 && !job) guard(() => styles.remove());
  }

  function scrollTo(el: Element): void {
    const still = doc.defaultView?.matchMedia?.('(prefers-reduced-motion: reduce)')?.matches ?? true;
    // Optional: jsdom has no layout and no scrollIntoView.
    el.scrollIntoView?.({ block: 'center', inline: 'nearest', behavior: still ? 'auto' : 'smooth' });
  }

  const highlighter: ContentHighlighter = {
    get active() {
      return marks.count > 0 || job !== null;
    },
    get written() {
      return written;
    },
    get types() {
      return types;
    },

    async highlight(analysis: Analysis, chosen?: readonly Entity['type'][]): Promise<HighlightSummary> {
      // Highlighting again: the colours are read before our marks come off. Read after, the page's style would be out
      // of date, and reading it would make the browser restyle the whole page there and then, inside this task.
      const known = marks.count > 0 && anchor?.isConnected ? schemeBehind(anchor) : null;
      highlighter.unhighlight();
      types = chosen;
      const state: Job = { pieces: [], next: 0, cancelled: false };
      job = state;
      let finished = () => undefined as void;
      written = new Promise<void>((resolve) => (finished = resolve));
      try {
        // Reading the page's text and planning are a task each when the page is big enough for them to take time.
        let taskStart = performance.now();
        const index = buildTextIndex(doc);
        if (performance.now() - taskStart >= TASK_BUDGET_MS) {
          await nextTask();
          taskStart = performance.now();
        }
        if (state.cancelled) return NOTHING_MARKED;
        const plan = planMarks(index, analysis, chosen);
        if (plan.pieces.length === 0 || state.cancelled) {
          if (job === state) job = null;
          return state.cancelled ? NOTHING_MARKED : { marks: 0, entities: 0, unplaced: plan.unplaced };
        }
        if (performance.now() - taskStart >= TASK_BUDGET_MS) {
          await nextTask();
          taskStart = performance.now();
          if (state.cancelled) return NOTHING_MARKED;
        }
        anchor = plan.pieces[0]!.node.parentElement;
        const scheme = known ?? schemeBehind(anchor);
        guard(() => styles.apply(scheme));
        state.pieces = plan.pieces;
        void write(state, performance.now() - taskStart).finally(finished);
        return { marks: plan.pieces.length, entities: plan.entities, unplaced: plan.unplaced };
      } finally {
        if (state.pieces.length === 0) finished();
      }
    },

    unhighlight(): number {
      if (job) job.cancelled = true;
      job = null;
      endFlash();
      const removed = guard(() => {
        const count = marks.restore();
        styles.remove();
        return count;
      });
      marks = new Wrapper();
      byKey = new Map();
      return removed;
    },

    reveal(analysis: Analysis, span: Span): boolean {
      endFlash();
      finishJob();
      const marked = (byKey.get(spanKey(span)) ?? []).filter((el) => el.isConnected);
      if (marked.length > 0) {
        guard(() => marked.forEach((el) => el.setAttribute(FLASH_ATTRIBUTE, '')));
        scrollTo(marked[0]!);
        flash = { wrapper: new Wrapper(), flashed: marked, timer: setTimeout(endFlash, flashMs) };
        return true;
      }
      const index = buildTextIndex(doc);
      const starts = locateBlocks(index, analysis.blocks, new Set([span.block]));
      const range = locateSpan(index, analysis.blocks, starts, span, 0);
      if (!range) return false;
      const pieces = piecesOf(index, range[0], range[1], true);
      if (!pieces) {
        // Text we never write to (an editable region, code): scroll to it without flashing.
        const node = index.nodes[Math.max(0, index.nodeAt(range[0]))];
        if (node?.parentElement) scrollTo(node.parentElement);
        return node !== undefined;
      }
      const wrapper = new Wrapper();
      const flashed: Element[] = [];
      guard(() => {
        styles.apply(schemeBehind(pieces[0]!.node.parentElement));
        for (const piece of [...pieces].reverse()) {
          const el = wrapper.wrap(piece, () => doc.createElement(FLASH_TAG));
          if (el) flashed.unshift(el);
        }
      });
      if (flashed[0]) scrollTo(flashed[0]);
      flash = { wrapper, flashed: [], timer: setTimeout(endFlash, flashMs) };
      return flashed.length > 0;
    },

    dispose(): void {
      highlighter.unhighlight();
    },
  };
  return highlighter;
}
