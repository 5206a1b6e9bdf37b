// Keeps the background's reader ready while a page it read is in front of the reader: a small message now and then, so the browser does not stop it for being idle.

/**
 * How often a visible page nudges the background. Firefox stops an idle event page after 30 s, and with it the
 * reader: the next click would pay for loading its scripts and unpacking the weights again. In Chromium the nudge
 * goes on to the reader's document (background/reader-document.ts), which then does not close while the page is in
 * view.
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
