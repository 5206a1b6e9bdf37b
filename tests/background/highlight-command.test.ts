// The highlight shortcut: injects when needed, toggles by the page's own state, passes the chosen types, sets the badge.
import { describe, expect, it, vi } from 'vitest';
import { badgeText } from '../../background/badge';
import { toggleHighlights, type CommandApi } from '../../background/highlight-command';
import type { EntityType } from '../../src/settings';
import { fail, ok, type Request, type Result } from '../../src/messages';
import { inventedAnalysis } from '../popup/invented-analysis';

interface FakePage {
  contentScript?: boolean;
  highlighted?: boolean;
  injectionError?: string;
  highlighter?: boolean;
  types?: EntityType[];
}

function fakeApi(page: FakePage) {
  let listening = page.contentScript === true;
  let highlighted = page.highlighted === true;
  const api = {
    send: vi.fn(async (_tabId: number, message: Request): Promise<Result<unknown>> => {
      if (!listening) throw new Error('Could not establish connection. Receiving end does not exist.');
      switch (message.method) {
        case 'ping': return ok({ ready: true, url: 'https://courier.example/', highlighted });
        case 'analyze': return ok(inventedAnalysis());
        case 'highlight':
          if (page.highlighter === false) return fail('This page cannot be highlighted');
          highlighted = true;
          return ok({ marks: 9, entities: 4, unplaced: 0 });
        case 'unhighlight':
          highlighted = false;
          return ok({ removed: 9 });
        default: return fail('unexpected');
      }
    }),
    injectContentScript: vi.fn(async (_tabId: number) => {
      if (page.injectionError) throw new Error(page.injectionError);
      listening = true;
    }),
    highlightTypes: vi.fn(async () => page.types ?? ['person', 'organization', 'place', 'event', 'other']),
    setBadge: vi.fn(async (_tabId: number, _entities: number | null) => undefined),
    get highlighted() {
      return highlighted;
    },
  };
  return api as typeof api & CommandApi;
}
const methods = (api: ReturnType<typeof fakeApi>) => api.send.mock.calls.map(([, message]) => message.method);

describe('toggleHighlights', () => {
  it('injects into a fresh tab, highlights the chosen types and counts the entities on the badge', async () => {
    const api = fakeApi({ types: ['person'] });
    expect(await toggleHighlights(api, 3)).toEqual({ kind: 'highlighted', entities: 5 });
    expect(api.injectContentScript).toHaveBeenCalledWith(3);
    expect(methods(api)).toEqual(['ping', 'highlight', 'analyze']);
    expect(api.send.mock.calls[1]![1].args).toEqual({ types: ['person'] });
    expect(api.setBadge).toHaveBeenCalledWith(3, 5);
    expect(api.highlighted).toBe(true);
  });

  it('turns the highlights off when the page shows them, and on again the next time', async () => {
    const api = fakeApi({ contentScript: true, highlighted: true });
    expect(await toggleHighlights(api, 3)).toEqual({ kind: 'unhighlighted' });
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(await toggleHighlights(api, 3)).toEqual({ kind: 'highlighted', entities: 5 });
    expect(methods(api)).toEqual(['ping', 'unhighlight', 'ping', 'highlight', 'analyze']);
  });

  it('stays quiet on a page that refuses scripts or cannot be highlighted', async () => {
    const refused = fakeApi({ injectionError: 'Cannot access a chrome:// URL' });
    expect(await toggleHighlights(refused, 3)).toEqual({ kind: 'unavailable', reason: 'Cannot access a chrome:// URL' });
    expect(refused.setBadge).not.toHaveBeenCalled();
    const plain = fakeApi({ contentScript: true, highlighter: false });
    expect(await toggleHighlights(plain, 3)).toEqual({ kind: 'unavailable', reason: 'This page cannot be highlighted' });
  });
});

describe('badgeText', () => {
  it('shows a count, hides nothing found, and caps what the button can hold', () => {
    expect(badgeText(20)).toBe('20');
    expect(badgeText(0)).toBe('');
    expect(badgeText(null)).toBe('');
    expect(badgeText(12345)).toBe('999+');
  });
});
