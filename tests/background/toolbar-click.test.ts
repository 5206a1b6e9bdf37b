// The toolbar click in the background (Chromium): the tab is injected and asked for highlights while the popup opens; the popup explains what could not be done.
import { describe, expect, it, vi } from 'vitest';
import { createContentArrivals } from '../../background/content-arrivals';
import { handleToolbarClick, type ToolbarApi } from '../../background/toolbar-click';
import { fail, ok, type Request, type Result } from '../../src/messages';

interface FakeTab {
  /** The injection's own answer never comes (the script's first message does). */
  slowInjectionAnswer?: boolean;
  contentScript?: boolean;
  highlighted?: boolean;
  contentType?: string;
  injectionError?: string;
  popupError?: string;
}

function fakeApi(tab: FakeTab) {
  let listening = tab.contentScript === true;
  const events: string[] = [];
  const arrivals = createContentArrivals();
  const api = {
    events,
    contentArrival: (tabId: number) => arrivals.next(tabId),
    send: vi.fn(async (_tabId: number, message: Request): Promise<Result<unknown>> => {
      events.push(message.method);
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.method === 'ping') return ok({ ready: true, url: 'https://courier.example/', highlighted: tab.highlighted === true });
      if (message.method === 'highlight') {
        tab.highlighted = true;
        return ok({ marks: 9, entities: 4, unplaced: 0 });
      }
      return fail('unexpected');
    }),
    injectContentScript: vi.fn(async (_tabId: number) => {
      events.push('inject');
      if (tab.injectionError) throw new Error(tab.injectionError);
      // As content.js does: no session in a file the browser shows, one session however often it goes in; a new
      // session's first message reaches the background before the injection's answer.
      if ((tab.contentType ?? 'text/html') === 'text/html' && !listening) {
        listening = true;
        arrivals.report(_tabId);
      }
      if (tab.slowInjectionAnswer) await new Promise(() => undefined);
    }),

    openPopup: vi.fn(async (_tabId: number, _windowId: number | null) => {
      events.push('openPopup');
      if (tab.popupError) throw new Error(tab.popupError);
    }),
    highlightTypes: vi.fn(async () => ['person' as const, 'place' as const]),
    setBadge: vi.fn(async () => undefined),
  };
  return api as typeof api & ToolbarApi;
}

const ARTICLE = { id: 7, url: 'https://courier.example/world/a-story', windowId: 2 };

describe('handleToolbarClick', () => {
  it('injects into a fresh tab, readies the reader, and asks for the chosen types, opening the popup meanwhile', async () => {
    const api = fakeApi({});
    const prepare = vi.fn(() => void api.events.push('prepare'));
    expect(await handleToolbarClick(api, ARTICLE, prepare)).toBe('highlighting');
    await Promise.resolve();
    // The reader first, then straight in, no round trip to look first; then the request.
    expect(api.events.filter((event) => event !== 'openPopup')).toEqual(['prepare', 'inject', 'highlight']);
    expect(api.injectContentScript).toHaveBeenCalledWith(7);
    expect(api.send.mock.calls.at(-1)![1]).toMatchObject({ method: 'highlight', args: { types: ['person', 'place'] } });
    expect(api.openPopup).toHaveBeenCalledWith(7, 2);
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('injects again where the script runs (which leaves its session alone) and asks for highlights, on or not', async () => {
    for (const highlighted of [false, true]) {
      const present = fakeApi({ contentScript: true, highlighted });
      expect(await handleToolbarClick(present, ARTICLE)).toBe('highlighting');
      expect(present.events.filter((event) => event !== 'openPopup')).toEqual(['inject', 'highlight']);
      expect(present.openPopup).toHaveBeenCalledTimes(1);
    }
  });

  it('leaves browser pages and refused injections to the popup, which it still opens, and a PDF to content.js', async () => {
    const settings = fakeApi({});
    const prepare = vi.fn();
    expect(await handleToolbarClick(settings, { id: 3, url: 'chrome://settings/', windowId: 1 }, prepare)).toBe('left-to-popup');
    expect(settings.events).toEqual(['openPopup']);
    // No page to read there: the reader is not woken.
    expect(prepare).not.toHaveBeenCalled();
    // A PDF takes the script, which starts no session there: the request finds nobody, the popup explains.
    const pdf = fakeApi({ contentType: 'application/pdf' });
    expect(await handleToolbarClick(pdf, ARTICLE)).toBe('highlighting');
    expect(pdf.events.filter((event) => event !== 'openPopup')).toEqual(['inject', 'highlight']);
    const refused = fakeApi({ injectionError: 'Cannot access contents of the page.' });
    expect(await handleToolbarClick(refused, ARTICLE)).toBe('left-to-popup');
    for (const api of [settings, pdf, refused]) expect(api.openPopup).toHaveBeenCalledTimes(1);
    expect(settings.injectContentScript).not.toHaveBeenCalled();
  });

  it('still highlights when the popup cannot open', async () => {
    const api = fakeApi({ popupError: 'Could not find an active browser window.' });
    expect(await handleToolbarClick(api, ARTICLE)).toBe('highlighting');
    expect(api.events).toContain('highlight');
  });

  it('asks for highlights as soon as the new script reports, without waiting for the injection\'s own answer', async () => {
    const api = fakeApi({ slowInjectionAnswer: true });
    const clicked = handleToolbarClick(api, ARTICLE);
    await vi.waitFor(() => expect(api.events).toContain('highlight'));
    expect(await clicked).toBe('highlighting');
  });
});

describe('createContentArrivals', () => {
  it('settles the waits of one tab on its report, and forgets a cancelled wait', async () => {
    const arrivals = createContentArrivals();
    const first = arrivals.next(1);
    const other = arrivals.next(2);
    const cancelled = arrivals.next(1);
    cancelled.cancel();
    let otherSettled = false;
    void other.arrived.then(() => (otherSettled = true));
    arrivals.report(1);
    await first.arrived;
    await Promise.resolve();
    expect(otherSettled).toBe(false);
    // A report with nobody waiting is dropped, not kept for a later wait.
    arrivals.report(3);
    let later = false;
    void arrivals.next(3).arrived.then(() => (later = true));
    await Promise.resolve();
    expect(later).toBe(false);
  });
});
