// Notices pages that change after they were highlighted (lazy paragraphs, single-page navigation) and reports them in batches, never for our own writes.
import { isInsideOwn, isOwnElement } from './own-elements';

export interface PageWatch {
  /** Runs one of our writes with the observer off, so it is never taken for the page's. */
  guard<T>(write: () => T): T;
  /**
   * Starts (or resumes) watching. A highlight the reader asked for resets the loop guard; one that answers a
   * change the watcher reported must not, or a page that re-renders whenever it is marked would keep us going.
   */
  start(resetLoopGuard?: boolean): void;
  stop(): void;
}

export interface WatchOptions {
  /** Quiet time after the last change before reporting: a page loading ten paragraphs is one batch. */
  quietMs?: number;
  /** Longest wait from the first change, so a page that never stops changing is still caught up. */
  maxWaitMs?: number;
  /** Most reports in `loopWindowMs`: a page that rewrites itself whenever we mark it must not keep us busy. */
  maxReports?: number;
  loopWindowMs?: number;
}

export function watchPage(doc: Document, onChange: () => void, options: WatchOptions = {}): PageWatch {
  const quietMs = options.quietMs ?? 400;
  const maxWaitMs = options.maxWaitMs ?? 2000;
  const maxReports = options.maxReports ?? 6;
  const loopWindowMs = options.loopWindowMs ?? 60_000;
  const View = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
  let watching = false;
  let quiet: ReturnType<typeof setTimeout> | null = null;
  let firstChange = 0;
  let reports: number[] = [];

  const observer = new View((records) => consider(records));

  function observe(): void {
    const root = doc.body ?? doc.documentElement;
    if (root) observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  function consider(records: MutationRecord[]): void {
    if (!watching || !records.some(isPageChange)) return;
    const now = Date.now();
    if (quiet === null) firstChange = now;
    else clearTimeout(quiet);
    const wait = Math.max(0, Math.min(quietMs, firstChange + maxWaitMs - now));
    quiet = setTimeout(report, wait);
  }

  function report(): void {
    quiet = null;
    const now = Date.now();
    reports = reports.filter((at) => now - at < loopWindowMs);
    if (reports.length >= maxReports) {
      // The page answers our marks with changes of its own: stop until the reader asks again.
      stopWatching();
      return;
    }
    reports.push(now);
    onChange();
  }

  function stopWatching(): void {
    watching = false;
    observer.disconnect();
    if (quiet !== null) clearTimeout(quiet);
    quiet = null;
  }

  return {
    guard<T>(write: () => T): T {
      if (!watching) return write();
      const pending = observer.takeRecords();
      observer.disconnect();
      try {
        return write();
      } finally {
        observe();
        consider(pending);
      }
    },
    start(resetLoopGuard = true) {
      if (resetLoopGuard) reports = [];
      if (watching) return;
      watching = true;
      observe();
    },
    stop: stopWatching,
  };
}

/** A change to the page's text outside our elements: added or removed text, or text edited in place. */
function isPageChange(record: MutationRecord): boolean {
  if (record.type === 'characterData') return !isInsideOwn(record.target) && (record.target.nodeValue ?? '').trim() !== '';
  if (isInsideOwn(record.target)) return false;
  const holdsText = (node: Node) =>
    node.nodeType === 3 ? (node.nodeValue ?? '').trim() !== '' : node.nodeType === 1 && !isOwnElement(node as Element) && (node.textContent ?? '').trim() !== '';
  for (const node of record.addedNodes) if (holdsText(node)) return true;
  for (const node of record.removedNodes) if (holdsText(node)) return true;
  return false;
}
