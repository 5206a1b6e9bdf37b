// Long work written once as a generator of steps, run either at once (CLI, tests, benchmarks) or in slices that let a thread breathe (Firefox's background, shared with its popup).

/**
 * Work that pauses (`yield`) wherever it may be cut between two tasks, and returns its result at the end.
 * `yield HEAVY_STEP` says that a long step follows (tens of ms on a long story): it had better start a task of its own.
 */
export type Steps<T> = Generator<boolean | void, T, void>;

/** Yielded before a long step. */
export const HEAVY_STEP = true;

/** Time a slice may have run and still take a long step in the same task. */
const HEAVY_STEP_SLACK_MS = 1;

/** Hands control back to the caller's event loop: a new task (src/next-task.ts). */
export type YieldNow = () => Promise<void>;

/** Time one slice may run before it yields, well under the 50 ms of a long task, leaving room for a step that overruns. */
export const SLICE_MS = 10;

/** Runs every step at once: the synchronous result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * Runs the steps in slices of about `sliceMs`, awaiting `yieldNow` between two slices; the result is runSteps's.
 * `signal` stops the work at a slice's end: the promise then rejects with the signal's reason.
 */
export async function runStepsYielding<T>(steps: Steps<T>, yieldNow: YieldNow, options: { sliceMs?: number; signal?: AbortSignal } = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? SLICE_MS;
  let sliceStart = performance.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    const ran = performance.now() - sliceStart;
    if (ran < (next.value === HEAVY_STEP ? HEAVY_STEP_SLACK_MS : sliceMs)) continue;
    await yieldNow();
    options.signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}
