// Lets the page breathe between stages of work: a fresh task soon after (not setTimeout's 4 ms clamp) and a time budget per task.

/** Time one task may take before it hands control back, well under the 50 ms of a long task. */
export const TASK_BUDGET_MS = 12;

/** Resolves in a new task, after the browser had the chance to handle input and paint (shared with the background). */
export { nextTask } from '../../src/next-task';

/** A deadline for the current task. */
export function budget(ms = TASK_BUDGET_MS): () => boolean {
  const end = performance.now() + ms;
  return () => performance.now() >= end;
}
