// @vitest-environment jsdom
// The popup against a scripted browser: what it shows for an article, and for pages it may not read.
import { afterEach, describe, expect, it } from 'vitest';
import { ok } from '../../src/messages';
import { fakeApi, sentMethods } from './fake-api';
import { inventedAnalysis } from './invented-analysis';
import { mountPopup, settled, waitFor, type Mounted } from './render';

let popup: Mounted;
const mount = (api: ReturnType<typeof fakeApi>) => (popup = mountPopup(api));

afterEach(() => popup?.unmount());

describe('the popup on an article', () => {
  it('injects the content script, analyses and highlights the page, and shows the article header', async () => {
    const api = fakeApi({ url: 'https://courier.example/coast/night-ferry', analysis: ok(inventedAnalysis()), types: ['person', 'place'] });
    mount(api);
    expect(popup.text('.loading')).toBe('Reading the page…');
    await settled(popup);

    expect(api.injectContentScript).toHaveBeenCalledTimes(1);
    expect(api.injectContentScript).toHaveBeenCalledWith(7);
    expect(sentMethods(api)).toEqual(['ping', 'highlight', 'analyze']);
    expect(api.send.mock.calls[1]![1].args).toEqual({ types: ['person', 'place'] });
    expect(api.setBadge).toHaveBeenCalledWith(7, 5);

    expect(popup.text('.kicker')).toBe('Coast');
    expect(popup.text('.title')).toBe('Port Elling council backs a night ferry to Skarholm');
    expect(popup.text('.dek')).toBe('Mayor Mara Lindqvist says the line could open before the Lantern Festival.');
    expect(popup.text('.authors')).toBe('By Ines Halvorsen and Tomas Brekke');
    expect(popup.text('.published')).toBe('March 11, 2025');
    expect(popup.container.querySelector('.published')?.getAttribute('datetime')).toBe('2025-03-11');
    expect(popup.text('.reading')).toBe('3 min read');
    expect(popup.text('.publisher')).toBe('The Elling Courier');
    expect(popup.text('.wire')).toBe('Wire: Baltic Wire');
    expect(popup.text('.photo-credit')).toBe('Photo: Courier Photo Desk');
    expect(popup.container.querySelector('.switch')?.getAttribute('aria-checked')).toBe('true');
    expect(popup.container.querySelector('.notice')).toBeNull();
    expect(popup.text('.site-toggle label')).toBe('Always annotate on courier.example');
  });

  it('keeps the highlights a content script already shows instead of injecting or highlighting again', async () => {
    const api = fakeApi({ url: 'https://example.com/news/1', contentScript: true, highlighted: true, analysis: ok(inventedAnalysis()) });
    mount(api);
    await settled(popup);
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(sentMethods(api)).toEqual(['ping', 'analyze']);
    expect(popup.container.querySelector('.switch')?.getAttribute('aria-checked')).toBe('true');
  });

  it('says so when the page is not a single article, and still shows what it found', async () => {
    const analysis = inventedAnalysis();
    analysis.isArticle = false;
    analysis.article = { ...analysis.article, authors: [], publisher: null, wire: [], image: null, publishedAt: null };
    analysis.sources = { ...analysis.sources, authors: [], publisher: null, wire: [], photo: [], named: [], anonymous: 0 };
    mount(fakeApi({ url: 'https://example.com/', analysis: ok(analysis) }));
    await settled(popup);
    expect(popup.text('.notice')).toBe('This page does not look like a single news article; what Newslens found is below.');
    expect(popup.container.querySelector('.published')).toBeNull();
    expect(popup.container.querySelector('.credits')).toBeNull();
    expect(popup.all('[role="tab"] .count')).toEqual(['4', '5', '3', '0']);
    expect(popup.all('.item.fact .text')).toHaveLength(4);
  });

  it('turns a failed analysis into a sentence, never the error text', async () => {
    mount(fakeApi({ url: 'https://example.com/a', analysis: { ok: false, error: 'TypeError: Document has no body' } }));
    await settled(popup);
    expect(popup.text('.message')).toBe('Newslens could not analyse this page. Reload it and try again.');
    expect(popup.container.textContent).not.toContain('TypeError');
  });

  it('shows the analysis with the switch disabled when the page cannot be highlighted', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(inventedAnalysis()), highlighter: false });
    mount(api);
    await settled(popup);
    const toggle = popup.container.querySelector<HTMLButtonElement>('.switch')!;
    expect(toggle.disabled).toBe(true);
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.getAttribute('aria-describedby')).toBe('highlights-note');
    expect(popup.text('#highlights-note')).toBe('This page cannot be highlighted.');
    expect(popup.text('.title')).toBe('Port Elling council backs a night ferry to Skarholm');
  });
});

describe('the popup on pages it may not read', () => {
  it.each([
    ['chrome://settings/', "browser's own pages"],
    ['about:addons', "browser's own pages"],
    [null, "browser's own pages"],
    ['https://chromewebstore.google.com/detail/x/abc', 'add-on stores'],
    ['https://addons.mozilla.org/en-US/firefox/', 'add-on stores'],
  ])('explains %s without trying to inject', async (url, words) => {
    const api = fakeApi({ url });
    mount(api);
    await settled(popup);
    expect(popup.text('.message')).toContain(words);
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(popup.container.querySelector('.site-toggle')).toBeNull();
    expect(popup.container.querySelector('[role="tablist"]')).toBeNull();
  });

  it('names the setting for local files when file access is off', async () => {
    const api = fakeApi({ url: 'file:///home/me/article.html', injectionError: 'Cannot access contents of url "file:///home/me/article.html".' });
    mount(api);
    await settled(popup);
    expect(popup.text('.message')).toContain('Allow access to file URLs');
    expect(popup.text('.message')).not.toContain('Cannot access');
  });

  it('reads local files when file access is on', async () => {
    mount(fakeApi({ url: 'file:///home/me/article.html', analysis: ok(inventedAnalysis()) }));
    await settled(popup);
    expect(popup.text('.title')).toBe('Port Elling council backs a night ferry to Skarholm');
    expect(popup.container.querySelector('.site-toggle')).toBeNull();
  });

  it.each([
    ['application/pdf', 'https://example.com/download?id=4', 'PDF in the browser\'s viewer'],
    ['image/png', 'https://example.com/photo', 'shows a file, such as an image'],
    ['video/mp4', 'https://example.com/clip', 'shows a file, such as an image'],
  ])('names a %s document instead of analysing it', async (contentType, url, words) => {
    const api = fakeApi({ url, contentType, analysis: ok(inventedAnalysis()) });
    mount(api);
    await settled(popup);
    expect(popup.text('.message')).toContain(words);
    expect(api.documentType).toHaveBeenCalledWith(7);
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(popup.container.querySelector('.site-toggle')).toBeNull();
  });

  it('reads a plain-text document', async () => {
    const api = fakeApi({ url: 'https://example.com/story.txt', contentType: 'text/plain', analysis: ok(inventedAnalysis()) });
    mount(api);
    await settled(popup);
    expect(api.injectContentScript).toHaveBeenCalledTimes(1);
    expect(popup.container.querySelector('.analysis')).not.toBeNull();
  });

  it('recognises the PDF viewer from the refused injection', async () => {
    mount(fakeApi({ url: 'https://example.com/report.pdf', injectionError: 'Cannot access contents of the page.' }));
    await settled(popup);
    expect(popup.text('.message')).toContain('PDF');
    expect(popup.text('.message')).not.toContain('Cannot access');
  });
});

describe('"Always annotate on this site"', () => {
  it('asks for the site and reads the page once the user grants it', async () => {
    const api = fakeApi({
      url: 'http://127.0.0.1:8080/world/a.html',
      injectionError: 'Cannot access contents of url "http://127.0.0.1:8080/world/a.html". Extension manifest must request permission to access this host.',
      userAccepts: true,
      analysis: ok(inventedAnalysis()),
    });
    mount(api);
    await settled(popup);
    expect(popup.text('.message')).toContain('no access to this page yet');
    const checkbox = popup.container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.disabled).toBe(false));
    expect(checkbox.checked).toBe(false);

    checkbox.click();
    await waitFor(() => expect(popup.container.querySelector('.analysis')).not.toBeNull());
    // The pattern covers the host on any port and path: match patterns ignore ports.
    expect(api.requestSiteAccess).toHaveBeenCalledWith('http://127.0.0.1/*');
    await waitFor(() => expect(popup.container.querySelector<HTMLInputElement>('.site-toggle input')!.checked).toBe(true));
  });

  it('reports a refusal and stays off', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(inventedAnalysis()), userAccepts: false });
    mount(api);
    await settled(popup);
    const checkbox = popup.container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.disabled).toBe(false));
    checkbox.click();
    await waitFor(() => expect(popup.text('.problem')).toBe('Access to example.com was not granted.'));
    expect(checkbox.checked).toBe(false);
  });

  it('removes the site when switched off (the undo)', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(inventedAnalysis()), granted: ['https://example.com/*'] });
    mount(api);
    await settled(popup);
    const checkbox = popup.container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.checked).toBe(true));
    checkbox.click();
    await waitFor(() => expect(checkbox.checked).toBe(false));
    expect(api.removeSiteAccess).toHaveBeenCalledWith('https://example.com/*');
  });

  it('links to the list of sites', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(inventedAnalysis()) });
    mount(api);
    await settled(popup);
    popup.container.querySelector<HTMLButtonElement>('.site-toggle .link')!.click();
    expect(api.openOptions).toHaveBeenCalledTimes(1);
  });
});
