// Closes the reader's document once it has read nothing for a while, so a reader who stopped reading gets its memory back.

/**
 * How long the reader's document stays open after its last request. A reader going from story to story clicks within
 * minutes, and each such click finds the reader ready (~70 ms, against ~250 for one that starts from nothing); after
 * this long the document's 60–80 MB go back to the browser.
 */
export const READER_IDLE_MS = 15 * 60_000;

export interface IdleCloser {
  /** Runs one request; the countdown starts again once no request is running. */
  during<T>(work: () => Promise<T>): Promise<T>;
}

/** Calls `close` when no request has run for `idleMs` (counting from now). */
export function closeWhenIdle(close: () => void, idleMs = READER_IDLE_MS): IdleCloser {
  let running = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const restart = () => {
    clearTimeout(timer);
    timer = running === 0 ? setTimeout(close, idleMs) : undefined;
  };
  restart();
  return {
    async during(work) {
      running++;
      restart();
      try {
        return await work();
      } finally {
        running--;
        restart();
      }
    },
  };
}
