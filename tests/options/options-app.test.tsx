// @vitest-environment jsdom
// The options page: the entity types to highlight, and the auto-annotated sites with a way to revoke each.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { OptionsApp, siteLabel } from '../../options/app';
import type { OptionsBrowserApi } from '../../options/browser-api';
import { parseHighlightTypes, type EntityType } from '../../src/settings';
import { I18n } from '../../popup/i18n';
import { t } from '../popup/translate';

const SHORTCUTS = [
  { name: '_execute_action', description: '', keys: 'Alt+Shift+L' },
  { name: 'toggle-highlights', description: 'Turn Newslens highlights on or off on this page', keys: '' },
];

function fakeApi(initial: string[], { revokes = true, types = undefined as unknown, saves = true } = {}) {
  let sites = [...initial];
  let stored: unknown = types;
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
    highlightTypes: vi.fn(async () => parseHighlightTypes(stored)),
    setHighlightTypes: vi.fn(async (next: EntityType[]) => {
      if (!saves) throw new Error('QUOTA_BYTES quota exceeded');
      stored = next;
    }),
    shortcuts: vi.fn(async () => SHORTCUTS),
    get stored() {
      return stored;
    },
  };
  return api as typeof api & OptionsBrowserApi;
}

let container: HTMLElement;
function mount(api: OptionsBrowserApi) {
  container = document.createElement('div');
  document.body.append(container);
  render(<I18n.Provider value={t}><OptionsApp api={api} /></I18n.Provider>, container);
}
const items = () => [...container.querySelectorAll('.sites li span')].map((item) => item.textContent);
const typeBoxes = () => [...container.querySelectorAll<HTMLInputElement>('.types input')];
const ticked = () => typeBoxes().filter((box) => box.checked).map((box) => box.value);

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the options page: sites', () => {
  it('lists the sites and removes one', async () => {
    const api = fakeApi(['http://127.0.0.1/*', 'https://www.trtworld.com/*']);
    mount(api);
    await vi.waitFor(() => expect(items()).toEqual(['127.0.0.1 (http)', 'www.trtworld.com']));
    const remove = container.querySelector<HTMLButtonElement>('.sites li button')!;
    expect(remove.textContent).toBe('Remove');
    expect(remove.getAttribute('aria-label')).toBe('Remove 127.0.0.1 (http)');
    remove.click();
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

describe('the options page: types to highlight', () => {
  it('ticks every type when nothing is stored, and saves an unticked one at once', async () => {
    const api = fakeApi([]);
    mount(api);
    await vi.waitFor(() => expect(ticked()).toEqual(['person', 'organization', 'place', 'event', 'other']));
    expect([...container.querySelectorAll('.types label')].map((label) => label.textContent))
      .toEqual(['People', 'Organisations', 'Places', 'Events', 'Other names']);
    typeBoxes().find((box) => box.value === 'place')!.click();
    await vi.waitFor(() => expect(container.querySelector('.saved')?.textContent).toBe('Saved.'));
    expect(api.stored).toEqual(['person', 'organization', 'event', 'other']);
    expect(ticked()).toEqual(['person', 'organization', 'event', 'other']);
  });

  it('shows the stored choice and adds a type back in the canonical order', async () => {
    const api = fakeApi([], { types: ['place', 'person'] });
    mount(api);
    await vi.waitFor(() => expect(ticked()).toEqual(['person', 'place']));
    typeBoxes().find((box) => box.value === 'organization')!.click();
    await vi.waitFor(() => expect(api.stored).toEqual(['person', 'organization', 'place']));
  });

  it('says so when the browser does not save', async () => {
    mount(fakeApi([], { saves: false }));
    await vi.waitFor(() => expect(ticked()).toHaveLength(5));
    typeBoxes()[0]!.click();
    await vi.waitFor(() => expect(container.querySelector('.saved')?.textContent).toBe('The browser did not save this choice.'));
  });
});

describe('the options page: shortcuts', () => {
  it('lists each command with its keys, naming the popup command and an unassigned one', async () => {
    mount(fakeApi([]));
    await vi.waitFor(() => expect(container.querySelectorAll('.shortcuts div')).toHaveLength(2));
    const rows = [...container.querySelectorAll('.shortcuts div')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows).toEqual([
      ['Alt+Shift+L', 'Read this article with Newslens'],
      ['not set', 'Turn Newslens highlights on or off on this page'],
    ]);
    expect(container.querySelector('.shortcuts kbd')?.textContent).toBe('Alt+Shift+L');
  });
});

describe('parseHighlightTypes', () => {
  it('keeps known types in canonical order and reads anything else as every type', () => {
    expect(parseHighlightTypes(['other', 'person', 'person', 'spaceship'])).toEqual(['person', 'other']);
    expect(parseHighlightTypes([])).toEqual([]);
    expect(parseHighlightTypes(undefined)).toEqual(['person', 'organization', 'place', 'event', 'other']);
    expect(parseHighlightTypes('person')).toEqual(['person', 'organization', 'place', 'event', 'other']);
  });
});

describe('siteLabel', () => {
  it('names the host, marking plain http', () => {
    expect(siteLabel('https://news.example/*')).toBe('news.example');
    expect(siteLabel('http://news.example/*')).toBe('news.example (http)');
    expect(siteLabel('<all_urls>')).toBe('<all_urls>');
  });
});
