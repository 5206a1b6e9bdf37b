// The reader's document closes itself once it has read nothing for a while, never while a request runs.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeWhenIdle, READER_IDLE_MS } from '../../background/idle-closer';

describe('closeWhenIdle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('closes after the idle time with no request, counting from the last one', async () => {
    const close = vi.fn();
    const idle = closeWhenIdle(close, 1000);
    vi.advanceTimersByTime(900);
    await idle.during(async () => 'read');
    vi.advanceTimersByTime(900);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('never closes while a request runs, however long it takes, and gives its answer or its error', async () => {
    const close = vi.fn();
    const idle = closeWhenIdle(close, 1000);
    let finish: (value: string) => void = () => undefined;
    const long = idle.during(() => new Promise<string>((resolve) => (finish = resolve)));
    vi.advanceTimersByTime(5000);
    expect(close).not.toHaveBeenCalled();
    finish('done');
    expect(await long).toBe('done');
    await expect(idle.during(() => Promise.reject(new Error('bad page')))).rejects.toThrow('bad page');
    vi.advanceTimersByTime(999);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(close).toHaveBeenCalledTimes(1);
  });

  it('waits minutes by default, longer than the browser keeps an idle worker', () => {
    const close = vi.fn();
    closeWhenIdle(close);
    vi.advanceTimersByTime(5 * 60_000);
    expect(close).not.toHaveBeenCalled();
    vi.advanceTimersByTime(READER_IDLE_MS);
    expect(close).toHaveBeenCalledTimes(1);
  });
});
