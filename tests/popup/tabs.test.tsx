// @vitest-environment jsdom
// The popup's tabs, filters and actions with an invented Analysis: counts, keyboard, reveal, highlights, copy, download.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../src/messages';
import { fakeApi, sentMethods } from './fake-api';
import { inventedAnalysis, spanOf } from './invented-analysis';
import { mountPopup, settled, waitFor, type Mounted } from './render';

let popup: Mounted;
afterEach(() => {
  popup?.unmount();
  vi.restoreAllMocks();
});

async function open(options: Partial<Parameters<typeof fakeApi>[0]> = {}) {
  const api = fakeApi({ url: 'https://courier.example/coast/night-ferry', analysis: ok(inventedAnalysis()), ...options });
  popup = mountPopup(api);
  await settled(popup);
  return api;
}
const $ = <E extends Element = HTMLElement>(selector: string) => popup.container.querySelector<E>(selector);
const tabs = () => [...popup.container.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
const selectedTab = () => tabs().find((tab) => tab.getAttribute('aria-selected') === 'true')!;
const visiblePanel = () => [...popup.container.querySelectorAll<HTMLElement>('[role="tabpanel"]')].find((panel) => !panel.hidden)!;
const press = (target: Element, key: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
const click = (selector: string) => $<HTMLButtonElement>(selector)!.click();
const filter = (value: string) => $<HTMLButtonElement>(`.filter[data-value="${value}"]`)!;

describe('the tabs', () => {
  it('name each part with its count and open on Facts', async () => {
    await open();
    expect(tabs().map((tab) => tab.textContent)).toEqual(['Facts 4', 'Entities 5', 'Quotes 3', 'Sources 6']);
    expect(selectedTab().id).toBe('tab-facts');
    expect($('[role="tablist"]')!.getAttribute('aria-label')).toBe('What Newslens found');
    expect(visiblePanel().getAttribute('aria-labelledby')).toBe('tab-facts');
    expect(popup.all('.item.fact .text')).toEqual([
      'The council of Port Elling voted 9 to 2 to fund a night ferry.',
      'Tickets would cost 4 crowns.',
      'The berth needs repairs first.',
      'The service should start in May.',
    ]);
    expect(popup.all('.item.fact .meta')).toEqual([
      'no source given · 2025-03-11',
      'according to Mara Lindqvist',
      'according to A harbour official',
      'according to Baltic Wire · 2025-05',
    ]);
  });

  it('move with the arrow keys, Home and End, wrapping, with one tab in the Tab order', async () => {
    await open();
    const [facts, entities, quotes, sources] = tabs();
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    facts!.focus();
    press(facts!, 'ArrowRight');
    await waitFor(() => expect(selectedTab().id).toBe('tab-entities'));
    expect(document.activeElement).toBe(entities);
    expect(tabs().map((tab) => tab.tabIndex)).toEqual([-1, 0, -1, -1]);
    expect(visiblePanel().id).toBe('panel-entities');
    expect(popup.all('.item.entity .name')).toEqual(['Mara Lindqvist', 'Port Elling', 'Nordwave Ferries', 'Skarholm', 'Lantern Festival']);

    press(entities!, 'End');
    await waitFor(() => expect(document.activeElement).toBe(sources));
    press(sources!, 'ArrowRight');
    await waitFor(() => expect(document.activeElement).toBe(facts));
    press(facts!, 'ArrowLeft');
    await waitFor(() => expect(document.activeElement).toBe(sources));
    press(sources!, 'Home');
    await waitFor(() => expect(document.activeElement).toBe(facts));
    press(facts!, 'ArrowLeft');
    press(sources!, 'ArrowLeft');
    await waitFor(() => expect(document.activeElement).toBe(quotes));
    expect(selectedTab()).toBe(quotes);
    // Other keys are the page's: Tab must leave the tablist for the panel.
    const tabKey = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    quotes!.dispatchEvent(tabKey);
    expect(tabKey.defaultPrevented).toBe(false);
  });

  it('keep every panel in the document for aria-controls, showing only the selected one', async () => {
    await open();
    for (const tab of tabs()) {
      const panel = popup.container.querySelector(`#${tab.getAttribute('aria-controls')}`);
      expect(panel?.getAttribute('role')).toBe('tabpanel');
    }
    expect(popup.container.querySelectorAll('[role="tabpanel"]:not([hidden])')).toHaveLength(1);
  });

  it('show entities with type, role and affiliation, and quotes with their speakers', async () => {
    await open();
    click('#tab-entities');
    await waitFor(() => expect($('.item.entity')).not.toBeNull());
    const mayor = $('.item.entity[data-entity="e2"]')!;
    expect(mayor.querySelector('.role')?.textContent).toBe('Mayor, Port Elling');
    expect(mayor.querySelector('.meta')?.textContent).toBe('Person · 3 mentions');
    click('#tab-quotes');
    await waitFor(() => expect($('.item.quote')).not.toBeNull());
    expect(popup.all('.item.quote .speaker')).toEqual(['Mara Lindqvist', 'Mara Lindqvist', 'A harbour official']);
    expect(popup.all('.item.quote .meta')[1]).toBe('Mara Lindqvist · reported speech');
  });

  it('list the credits, the quoted sources and the unnamed ones under Sources', async () => {
    await open();
    click('#tab-sources');
    await waitFor(() => expect($('.source-row')).not.toBeNull());
    const rows = [...popup.container.querySelectorAll('.source-row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows).toEqual([
      ['Authors', 'Ines Halvorsen and Tomas Brekke'],
      ['Publisher', 'The Elling Courier'],
      ['Wire', 'Baltic Wire'],
      ['Photo', 'Courier Photo Desk'],
    ]);
    expect(popup.all('.named-source .name')).toEqual(['Mara Lindqvist']);
    expect(popup.text('.named-source .meta')).toBe('quoted 2 times');
    expect(popup.text('.anonymous')).toBe('Unnamed sources: 1');
    expect(popup.text('.unattributed')).toBe('Facts with no source: 1');
  });

  it('open on Entities when the page has no facts', async () => {
    const analysis = inventedAnalysis();
    analysis.facts = [];
    await open({ analysis: ok(analysis) });
    expect(selectedTab().id).toBe('tab-entities');
    click('#tab-facts');
    await waitFor(() => expect(popup.text('[role="tabpanel"]:not([hidden]) .empty')).toBe('Newslens found no facts on this page.'));
  });
});

describe('the filters', () => {
  it('hide and show entity types, keeping the choice across tabs', async () => {
    await open();
    click('#tab-entities');
    await waitFor(() => expect($('.filters')).not.toBeNull());
    expect($('.filters')!.getAttribute('aria-label')).toBe('Show entity types');
    expect(popup.all('.filter')).toEqual(['People 1', 'Organisations 1', 'Places 2', 'Events 1']);
    filter('place').click();
    await waitFor(() => expect(filter('place').getAttribute('aria-pressed')).toBe('false'));
    expect(popup.all('.item.entity .name')).toEqual(['Mara Lindqvist', 'Nordwave Ferries', 'Lantern Festival']);
    click('#tab-facts');
    click('#tab-entities');
    await waitFor(() => expect(popup.all('.item.entity .name')).toEqual(['Mara Lindqvist', 'Nordwave Ferries', 'Lantern Festival']));
    filter('place').click();
    await waitFor(() => expect(popup.all('.item.entity')).toHaveLength(5));
  });

  it('narrow facts by kind, and say so when everything is filtered out', async () => {
    await open();
    expect(popup.all('.filter')).toEqual(['Statements 1', 'Events 2', 'Figures 1']);
    filter('event').click();
    await waitFor(() => expect(popup.all('.item.fact .text')).toEqual(['Tickets would cost 4 crowns.', 'The berth needs repairs first.']));
    filter('statement').click();
    filter('quantity').click();
    await waitFor(() => expect(popup.text('[role="tabpanel"]:not([hidden]) .empty')).toBe('Every kind is filtered out. Turn one back on above.'));
  });
});

describe('clicking an item', () => {
  const revealed = (api: ReturnType<typeof fakeApi>) =>
    api.send.mock.calls.filter(([, message]) => message.method === 'reveal').map(([, message]) => message.args);

  it('reveals an entity at its first mention in reading order, a fact at its evidence and a quote at its span', async () => {
    const api = await open();
    click('.item.fact[data-kind="quantity"]');
    await waitFor(() => expect(popup.text('.status')).toBe('Shown on the page.'));
    click('#tab-entities');
    await waitFor(() => expect($('.item.entity[data-entity="e1"]')).not.toBeNull());
    // Port Elling's mentions are listed body first; the title names it earlier.
    click('.item.entity[data-entity="e1"]');
    click('#tab-quotes');
    await waitFor(() => expect($('.item.quote')).not.toBeNull());
    click('.item.quote[data-kind="direct"]');
    await waitFor(() => expect(revealed(api)).toHaveLength(3));
    expect(revealed(api)).toEqual([
      { span: spanOf(3, 'tickets would cost 4 crowns') },
      { span: spanOf(0, 'Port Elling') },
      { span: spanOf(3, 'We have waited long enough for a boat after ten') },
    ]);
  });

  it('says when the passage is gone from the page, or the page cannot show it', async () => {
    const gone = spanOf(4, 'the berth needs repairs first');
    await open({ missing: [`${gone.block}:${gone.start}`] });
    click('.item.fact[data-kind="statement"]');
    await waitFor(() => expect(popup.text('.status')).toBe('That passage is no longer on the page.'));
    popup.unmount();
    await open({ highlighter: false });
    click('.item.fact[data-kind="statement"]');
    await waitFor(() => expect(popup.text('.status')).toBe('The page could not show that passage.'));
  });
});

describe('the actions', () => {
  it('turn the highlights off and on again with the stored types', async () => {
    const api = await open({ types: ['person', 'event'] });
    const toggle = () => $<HTMLButtonElement>('.switch')!;
    expect(toggle().getAttribute('role')).toBe('switch');
    expect(toggle().textContent).toBe('Highlights');
    toggle().click();
    await waitFor(() => expect(toggle().getAttribute('aria-checked')).toBe('false'));
    expect(api.highlighted).toBe(false);
    toggle().click();
    await waitFor(() => expect(toggle().getAttribute('aria-checked')).toBe('true'));
    expect(api.highlighted).toBe(true);
    expect(sentMethods(api)).toEqual(['ping', 'highlight', 'analyze', 'unhighlight', 'highlight']);
    expect(api.send.mock.calls[4]![1].args).toEqual({ types: ['person', 'event'] });
  });

  it('copy the summary as Markdown', async () => {
    const api = await open();
    click('.action.copy');
    await waitFor(() => expect(popup.text('.status')).toBe('Copied the summary as Markdown.'));
    const markdown = api.copyText.mock.calls[0]![0];
    expect(markdown.startsWith('# Port Elling council backs a night ferry to Skarholm\n')).toBe(true);
    expect(markdown).toContain('\n## Facts\n');
  });

  it('say so when the browser refuses the clipboard', async () => {
    const api = await open();
    api.copyText.mockRejectedValueOnce(new Error('Document is not focused.'));
    click('.action.copy');
    await waitFor(() => expect(popup.text('.status')).toBe('The browser did not allow copying.'));
  });

  it('download the Analysis as JSON through a Blob URL and an <a download>', async () => {
    await open();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:https://popup/1';
    });
    URL.revokeObjectURL = vi.fn();
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    click('.action.download');
    await waitFor(() => expect(popup.text('.status')).toBe('The analysis was saved as JSON.'));
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('newslens-port-elling-council-backs-a-night-ferry-to-skarholm.json');
    expect(clicked[0]!.getAttribute('href')).toBe('blob:https://popup/1');
    expect(clicked[0]!.isConnected).toBe(false);
    expect(blobs[0]!.type).toBe('application/json');
    expect(JSON.parse(await blobs[0]!.text())).toEqual(inventedAnalysis());
  });
});
