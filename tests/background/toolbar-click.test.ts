// The toolbar click in the background (Chromium): the tab is injected and asked for highlights while the popup opens; the popup explains what could not be done.
import { describe, expect, it, vi } from 'vitest';
import { handleToolbarClick, type ToolbarApi } from '../../background/toolbar-click';
import { fail, ok, type Request, type Result } from '../../src/messages';

interface FakeTab {
  contentScript?: boolean;
  highlighted?: boolean;
  contentType?: string;
  injectionError?: string;
  popupError?: string;
}

function fakeApi(tab: FakeTab) {
  let listening = tab.contentScript === true;
  const events: string[] = [];
  const api = {
    events,
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
      listening = true;
    }),
    inspectTab: vi.fn(async (_tabId: number) => {
      events.push('inspect');
      return { documentType: tab.contentType ?? 'text/html', contentScript: listening };
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
    const prepare = vi.fn();
    expect(await handleToolbarClick(api, ARTICLE, prepare)).toBe('highlighting');
    await Promise.resolve();
    // One round trip tells the document's type and whether the script is there; then the injection and the request.
    expect(api.events.filter((event) => event !== 'openPopup')).toEqual(['inspect', 'inject', 'highlight']);
    expect(api.injectContentScript).toHaveBeenCalledWith(7);
    expect(api.send.mock.calls.at(-1)![1]).toMatchObject({ method: 'highlight', args: { types: ['person', 'place'] } });
    expect(api.openPopup).toHaveBeenCalledWith(7, 2);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(prepare).toHaveBeenCalledTimes(1);
  });

  it('asks a content script already there for highlights without injecting again', async () => {
    for (const highlighted of [false, true]) {
      const present = fakeApi({ contentScript: true, highlighted });
      const prepare = vi.fn();
      expect(await handleToolbarClick(present, ARTICLE, prepare)).toBe('highlighting');
      expect(present.injectContentScript).not.toHaveBeenCalled();
      expect(present.events.filter((event) => event !== 'openPopup')).toEqual(['inspect', 'highlight']);
      expect(present.openPopup).toHaveBeenCalledTimes(1);
      await new Promise((resolve) => setTimeout(resolve, 0));
      expect(prepare).not.toHaveBeenCalled();
    }
  });

  it('leaves browser pages, PDFs and refused injections to the popup, which it still opens', async () => {
    const settings = fakeApi({});
    expect(await handleToolbarClick(settings, { id: 3, url: 'chrome://settings/', windowId: 1 })).toBe('left-to-popup');
    expect(settings.events).toEqual(['openPopup']);
    const pdf = fakeApi({ contentType: 'application/pdf' });
    expect(await handleToolbarClick(pdf, ARTICLE)).toBe('left-to-popup');
    expect(pdf.injectContentScript).not.toHaveBeenCalled();
    const refused = fakeApi({ injectionError: 'Cannot access contents of the page.' });
    expect(await handleToolbarClick(refused, ARTICLE)).toBe('left-to-popup');
    for (const api of [settings, pdf, refused]) expect(api.openPopup).toHaveBeenCalledTimes(1);
  });

  it('still highlights when the popup cannot open', async () => {
    const api = fakeApi({ popupError: 'Could not find an active browser window.' });
    expect(await handleToolbarClick(api, ARTICLE)).toBe('highlighting');
    expect(api.events).toContain('highlight');
  });
});
