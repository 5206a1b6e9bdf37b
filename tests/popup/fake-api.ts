// A stand-in for the popup's browser-api module: a scripted tab, content script and permission store.
import { vi } from 'vitest';
import type { Analysis } from '../../src/analysis';
import type { PopupBrowserApi } from '../../popup/browser-api';
import { ok, type Request, type Result } from '../../src/messages';

export interface FakeTab {
  url: string | null;
  /** Whether a content script is already listening in the tab. */
  contentScript?: boolean;
  /** What injection throws, as the browser would for a page it protects. */
  injectionError?: string;
  analysis?: Result<Analysis>;
  granted?: string[];
  /** Whether the user accepts a permission request. */
  userAccepts?: boolean;
}

export function fakeApi(tab: FakeTab) {
  const granted = new Set(tab.granted ?? []);
  let listening = tab.contentScript === true;
  const api = {
    targetTab: vi.fn(async () => ({ id: 7, url: tab.url })),
    send: vi.fn(async (_tabId: number, message: Request) => {
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      if (message.method === 'ping') return ok({ ready: false, url: tab.url ?? '' });
      if (message.method === 'analyze') return tab.analysis ?? { ok: false, error: 'no analysis scripted' };
      return ok({ removed: true });
    }),
    injectContentScript: vi.fn(async () => {
      // Match patterns ignore the port: "http://127.0.0.1/*" covers http://127.0.0.1:8080/.
      const page = tab.url ? new URL(tab.url) : null;
      const allowed = page !== null && granted.has(`${page.protocol}//${page.hostname}/*`);
      if (tab.injectionError && !allowed) throw new Error(tab.injectionError);
      listening = true;
    }),
    hasSiteAccess: vi.fn(async (pattern: string) => granted.has(pattern)),
    requestSiteAccess: vi.fn(async (pattern: string) => {
      if (tab.userAccepts) granted.add(pattern);
      return tab.userAccepts === true;
    }),
    removeSiteAccess: vi.fn(async (pattern: string) => granted.delete(pattern)),
    openOptions: vi.fn(async () => undefined),
  };
  return api as typeof api & PopupBrowserApi;
}
