// Keeps the background's reader ready while a page it read is in front of the reader: a small message now and then, so the browser does not stop the background after 30 s idle.

/**
 * How often a visible page nudges the background. Both browsers stop an idle background after 30 s: from then on
 * the next click pays for starting it, loading 6 MB of scripts and unpacking the weights (~300 ms instead of ~100).
 */
export const KEEP_READY_EVERY_MS = 20_000;

/**
 * Calls `nudge` every KEEP_READY_EVERY_MS while the page is visible, until the signal aborts (teardown). A hidden
 * tab does not nudge, so a browser left in the background lets its extension's background go and frees its memory.
 */
export function keepReaderReady(nudge: () => void, doc: Document, signal: AbortSignal, everyMs = KEEP_READY_EVERY_MS): void {
  if (signal.aborted) return;
  const timer = setInterval(() => {
    if (doc.visibilityState === 'visible') nudge();
  }, everyMs);
  signal.addEventListener('abort', () => clearInterval(timer), { once: true });
}
