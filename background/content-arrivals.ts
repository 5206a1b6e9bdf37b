// Which tabs' content scripts have just started: the toolbar click asks for highlights as soon as the script says it is there, rather than when the injection's own answer comes back (30–40 ms later in Chromium).

export interface Arrival {
  /** Settles when a content script in the tab next reports. */
  readonly arrived: Promise<void>;
  /** Stops waiting (the injection answered first, or failed). */
  cancel(): void;
}

export interface ContentArrivals {
  /** Waits for the next report from a content script in this tab. */
  next(tabId: number): Arrival;
  /** A content script in this tab reported (its first request to the background). */
  report(tabId: number): void;
}

export function createContentArrivals(): ContentArrivals {
  const waiting = new Map<number, Set<() => void>>();
  return {
    next(tabId) {
      let settle: () => void = () => undefined;
      const arrived = new Promise<void>((resolve) => (settle = resolve));
      const waiters = waiting.get(tabId) ?? new Set<() => void>();
      waiters.add(settle);
      waiting.set(tabId, waiters);
      const cancel = () => {
        waiters.delete(settle);
        if (waiters.size === 0 && waiting.get(tabId) === waiters) waiting.delete(tabId);
      };
      return { arrived, cancel };
    },
    report(tabId) {
      const waiters = waiting.get(tabId);
      if (!waiters) return;
      waiting.delete(tabId);
      for (const settle of waiters) settle();
    },
  };
}
