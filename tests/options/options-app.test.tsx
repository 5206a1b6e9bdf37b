// @vitest-environment jsdom
// The options page: lists the auto-annotated sites and revokes one on request.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsApp, siteLabel } from '../../options/app';
import type { OptionsBrowserApi } from '../../options/browser-api';

function fakeApi(initial: string[], { revokes = true } = {}) {
  let sites = [...initial];
  const listeners = new Set<() => void>();
  const api = {
    sites: vi.fn(async () => [...sites]),
    onSitesChanged: vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    }),
    // As in the browser: the background script rewrites the stored list after the revocation.
    removeSite: vi.fn(async (pattern: string) => {
      if (!revokes) return false;
      sites = sites.filter((site) => site !== pattern);
      queueMicrotask(() => listeners.forEach((listener) => listener()));
      return true;
    }),
  };
  return api as typeof api & OptionsBrowserApi;
}

let container: HTMLElement;
function mount(api: OptionsBrowserApi) {
  container = document.createElement('div');
  document.body.append(container);
  render(<OptionsApp api={api} />, container);
}
const items = () => [...container.querySelectorAll('.sites li span')].map((item) => item.textContent);

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the options page', () => {
  it('lists the sites and removes one', async () => {
    const api = fakeApi(['http://127.0.0.1/*', 'https://www.trtworld.com/*']);
    mount(api);
    await vi.waitFor(() => expect(items()).toEqual(['127.0.0.1 (http)', 'www.trtworld.com']));
    container.querySelector<HTMLButtonElement>('.sites li button')!.click();
    await vi.waitFor(() => expect(items()).toEqual(['www.trtworld.com']));
    expect(api.removeSite).toHaveBeenCalledWith('http://127.0.0.1/*');
  });

  it('says how to add a site when there is none', async () => {
    mount(fakeApi([]));
    await vi.waitFor(() => expect(container.querySelector('.empty')?.textContent).toContain('Always annotate'));
  });

  it('says so when the browser keeps the permission', async () => {
    mount(fakeApi(['https://a.example/*'], { revokes: false }));
    await vi.waitFor(() => expect(items()).toEqual(['a.example']));
    container.querySelector<HTMLButtonElement>('.sites li button')!.click();
    await vi.waitFor(() => expect(container.querySelector('.problem')?.textContent).toBe('The browser kept access to a.example.'));
    expect(items()).toEqual(['a.example']);
  });
});

describe('siteLabel', () => {
  it('names the host, marking plain http', () => {
    expect(siteLabel('https://news.example/*')).toBe('news.example');
    expect(siteLabel('http://news.example/*')).toBe('news.example (http)');
    expect(siteLabel('<all_urls>')).toBe('<all_urls>');
  });
});
