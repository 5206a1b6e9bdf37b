// A stand-in for the popup's browser-api module: a scripted tab, content script and permission store.
import { vi } from 'vitest';
import type { Analysis, Span } from '../../src/analysis';
import type { PopupBrowserApi } from '../../popup/browser-api';
import type { EntityType } from '../../src/settings';
import { fail, ok, type Request, type Result } from '../../src/messages';

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
  /** Whether the content script can highlight (false: a session without a highlighter). */
  highlighter?: boolean;
  /** Whether highlights are on the page already (a session from an earlier click). */
  highlighted?: boolean;
  /** The types stored on the options page. */
  types?: EntityType[];
  /** Spans the page no longer holds, by "block:start". */
  missing?: string[];
  /** The document's MIME type (text/html when not given). */
  contentType?: string;
}

const spanKey = (span: Span) => `${span.block}:${span.start}`;

export function fakeApi(tab: FakeTab) {
  const granted = new Set(tab.granted ?? []);
  let listening = tab.contentScript === true;
  let highlighted = tab.highlighted === true;
  // Match patterns ignore the port: "http://127.0.0.1/*" covers http://127.0.0.1:8080/.
  const refuseScripts = () => {
    const page = tab.url ? new URL(tab.url) : null;
    const allowed = page !== null && granted.has(`${page.protocol}//${page.hostname}/*`);
    if (tab.injectionError && !allowed) throw new Error(tab.injectionError);
  };
  const api = {
    targetTab: vi.fn(async () => ({ id: 7, url: tab.url })),
    send: vi.fn(async (_tabId: number, message: Request): Promise<Result<unknown>> => {
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      const canHighlight = tab.highlighter !== false;
      switch (message.method) {
        case 'ping': return ok({ ready: false, url: tab.url ?? '', highlighted });
        case 'analyze': return tab.analysis ?? fail('no analysis scripted');
        case 'highlight':
          if (!canHighlight) return fail('This page cannot be highlighted');
          highlighted = true;
          return ok({ marks: 3, entities: 2, unplaced: 0 });
        case 'unhighlight': {
          const removed = highlighted ? 3 : 0;
          highlighted = false;
          return ok({ removed });
        }
        case 'reveal': {
          if (!canHighlight) return fail('This page cannot be highlighted');
          const { span } = message.args as { span: Span };
          return ok({ found: !(tab.missing ?? []).includes(spanKey(span)) });
        }
        default: return ok({ removed: true });
      }
    }),
    injectContentScript: vi.fn(async () => {
      refuseScripts();
      listening = true;
    }),
    documentType: vi.fn(async () => {
      refuseScripts();
      return tab.contentType ?? 'text/html';
    }),
    hasSiteAccess: vi.fn(async (pattern: string) => granted.has(pattern)),
    requestSiteAccess: vi.fn(async (pattern: string) => {
      if (tab.userAccepts) granted.add(pattern);
      return tab.userAccepts === true;
    }),
    removeSiteAccess: vi.fn(async (pattern: string) => granted.delete(pattern)),
    openOptions: vi.fn(async () => undefined),
    highlightTypes: vi.fn(async () => tab.types ?? ['person', 'organization', 'place', 'event', 'other']),
    setBadge: vi.fn(async (_tabId: number, _entities: number) => undefined),
    copyText: vi.fn(async (_text: string) => undefined),
    /** Whether the page carries highlights now. */
    get highlighted() {
      return highlighted;
    },
  };
  return api as typeof api & PopupBrowserApi;
}

/** The methods sent to the content script, in order. */
export function sentMethods(api: ReturnType<typeof fakeApi>): string[] {
  return api.send.mock.calls.map(([, message]) => message.method);
}
