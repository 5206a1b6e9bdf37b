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
      if (message.method === 'highlight') return ok({ marks: 9, entities: 4, unplaced: 0 });
      return fail('unexpected');
    }),
    injectContentScript: vi.fn(async (_tabId: number) => {
      events.push('inject');
      if (tab.injectionError) throw new Error(tab.injectionError);
      listening = true;
    }),
    documentType: vi.fn(async (_tabId: number) => {
      events.push('documentType');
      return tab.contentType ?? 'text/html';
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
  it('injects into a fresh tab and asks for the chosen types, opening the popup meanwhile', async () => {
    const api = fakeApi({});
    expect(await handleToolbarClick(api, ARTICLE)).toBe('highlighting');
    await Promise.resolve();
    // The document's type is asked beside the ping, not after it: one round trip less before the injection.
    expect(api.events.filter((event) => event !== 'openPopup')).toEqual(['documentType', 'ping', 'inject', 'highlight']);
    expect(api.injectContentScript).toHaveBeenCalledWith(7);
    expect(api.send.mock.calls.at(-1)![1]).toMatchObject({ method: 'highlight', args: { types: ['person', 'place'] } });
    expect(api.openPopup).toHaveBeenCalledWith(7, 2);
  });

  it('asks a content script already there, without injecting again, and leaves highlights that are on alone', async () => {
    const present = fakeApi({ contentScript: true });
    expect(await handleToolbarClick(present, ARTICLE)).toBe('highlighting');
    expect(present.injectContentScript).not.toHaveBeenCalled();
    const highlighted = fakeApi({ contentScript: true, highlighted: true });
    expect(await handleToolbarClick(highlighted, ARTICLE)).toBe('already-there');
    expect(highlighted.events.filter((event) => !['openPopup', 'documentType'].includes(event))).toEqual(['ping']);
    expect(highlighted.send).toHaveBeenCalledTimes(1);
    expect(highlighted.openPopup).toHaveBeenCalledTimes(1);
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
