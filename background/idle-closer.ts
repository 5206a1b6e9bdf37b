// Closes the reader's document once it has read nothing for a while, so a reader who stopped reading gets its memory back.

/**
 * How long the reader's document stays open after its last request. A reader going from story to story clicks within
 * minutes, and each such click finds the reader ready (~80 ms to the marks, against ~300 for a document that opens
 * cold); after this long its ~25 MB of script heap go back to the browser.
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
