// @vitest-environment jsdom
// A visible page nudges the background now and then so that the browser keeps it; a hidden one does not, and teardown stops it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepReaderReady } from '../../content/keep-reader-ready';

afterEach(() => {
  vi.useRealTimers();
  delete (document as unknown as { visibilityState?: string }).visibilityState;
});

function setVisibility(state: 'visible' | 'hidden') {
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
}

describe('keepReaderReady', () => {
  it('nudges every interval while the page is visible, not while hidden, and stops when the session ends', () => {
    vi.useFakeTimers();
    const nudge = vi.fn();
    const session = new AbortController();
    setVisibility('visible');
    keepReaderReady(nudge, document, session.signal, 1000);
    vi.advanceTimersByTime(3000);
    expect(nudge).toHaveBeenCalledTimes(3);
    setVisibility('hidden');
    vi.advanceTimersByTime(5000);
    expect(nudge).toHaveBeenCalledTimes(3);
    setVisibility('visible');
    vi.advanceTimersByTime(1000);
    expect(nudge).toHaveBeenCalledTimes(4);
    session.abort();
    vi.advanceTimersByTime(10_000);
    expect(nudge).toHaveBeenCalledTimes(4);
  });

  it('does nothing for a session already ended', () => {
    vi.useFakeTimers();
    const nudge = vi.fn();
    const ended = new AbortController();
    ended.abort();
    keepReaderReady(nudge, document, ended.signal, 1000);
    vi.advanceTimersByTime(5000);
    expect(nudge).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
