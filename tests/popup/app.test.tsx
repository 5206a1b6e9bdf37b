// @vitest-environment jsdom
// The popup against a scripted browser: what it shows for an article, and for pages it may not read.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { App } from '../../popup/app';
import { ok } from '../../src/messages';
import { fakeApi } from './fake-api';
import { seedAnalysis } from './sample-analysis';

let container: HTMLElement;

function mount(api: ReturnType<typeof fakeApi>) {
  container = document.createElement('div');
  document.body.append(container);
  render(<App api={api} />, container);
}

// A loaded 2-core CI machine can take longer than vitest's 1 s default to re-render.
const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });
const text = (selector: string) => container.querySelector(selector)?.textContent ?? null;
const settled = () => waitFor(() => expect(container.querySelector('.analysis, .message')).not.toBeNull());

afterEach(() => {
  render(null, container);
  container.remove();
});

describe('the popup on an article', () => {
  it('injects the content script when none answers, then shows the article and its sources', async () => {
    const api = fakeApi({ url: 'https://www.trtworld.com/asia/a-17203580', analysis: ok(seedAnalysis()) });
    mount(api);
    expect(text('.loading')).toBe('Reading the page…');
    await settled();

    expect(api.injectContentScript).toHaveBeenCalledTimes(1);
    expect(api.injectContentScript).toHaveBeenCalledWith(7);
    expect(text('.kicker')).toBe('WORLD');
    expect(text('.title')).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
    expect(text('.dek')).toMatch(/^China and Russia should play "better role/);
    expect(text('.authors')).toBe('By Sadiq S Bhat');
    expect(text('.published')).toBe('February 28, 2024');
    expect(container.querySelector('.published')?.getAttribute('datetime')).toBe('2024-02-28');
    expect(text('.reading')).toBe('2 min read');
    const sources = [...container.querySelectorAll('.source-row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(sources).toEqual([
      ['Author', 'Sadiq S Bhat'],
      ['Publisher', 'TRT World'],
      ['Wire', 'Reuters'],
      ['Image credit', 'AP Archive'],
    ]);
    expect(text('.site-toggle label')).toBe('Always annotate on www.trtworld.com');
  });

  it('asks the content script that is already there instead of injecting a second one', async () => {
    const api = fakeApi({ url: 'https://example.com/news/1', contentScript: true, analysis: ok(seedAnalysis()) });
    mount(api);
    await settled();
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(api.send.mock.calls.map(([, message]) => message.method)).toEqual(['ping', 'analyze']);
  });

  it('says so when the page is not a single article, and shows a page with no sources plainly', async () => {
    const analysis = seedAnalysis();
    analysis.isArticle = false;
    analysis.article = { ...analysis.article, authors: [], publisher: null, wire: [], image: null, publishedAt: null };
    analysis.sources = { ...analysis.sources, authors: [], publisher: null, wire: [], photo: [] };
    mount(fakeApi({ url: 'https://example.com/', analysis: ok(analysis) }));
    await settled();
    expect(text('.notice')).toContain('does not look like a single news article');
    expect(text('.sources .empty')).toBe('The page names no author, publisher, agency or photo credit.');
    expect(container.querySelector('.published')).toBeNull();
  });

  it('turns a failed analysis into a sentence', async () => {
    mount(fakeApi({ url: 'https://example.com/a', analysis: { ok: false, error: 'Document has no body' } }));
    await settled();
    expect(text('.message')).toBe('Newslens could not analyse this page: Document has no body');
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
    await settled();
    expect(text('.message')).toContain(words);
    expect(api.injectContentScript).not.toHaveBeenCalled();
    expect(container.querySelector('.site-toggle')).toBeNull();
  });

  it('names the setting for local files when file access is off', async () => {
    const api = fakeApi({ url: 'file:///home/me/article.html', injectionError: 'Cannot access contents of url "file:///home/me/article.html".' });
    mount(api);
    await settled();
    expect(text('.message')).toContain('Allow access to file URLs');
    expect(text('.message')).not.toContain('Cannot access');
  });

  it('reads local files when file access is on', async () => {
    mount(fakeApi({ url: 'file:///home/me/article.html', analysis: ok(seedAnalysis()) }));
    await settled();
    expect(text('.title')).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
    expect(container.querySelector('.site-toggle')).toBeNull();
  });

  it('recognises the PDF viewer from the refused injection', async () => {
    mount(fakeApi({ url: 'https://example.com/report.pdf', injectionError: 'Cannot access contents of the page.' }));
    await settled();
    expect(text('.message')).toContain('PDF');
    expect(text('.message')).not.toContain('Cannot access');
  });
});

describe('"Always annotate on this site"', () => {
  it('asks for the site and reads the page once the user grants it', async () => {
    const api = fakeApi({
      url: 'http://127.0.0.1:8080/world/a.html',
      injectionError: 'Cannot access contents of url "http://127.0.0.1:8080/world/a.html". Extension manifest must request permission to access this host.',
      userAccepts: true,
      analysis: ok(seedAnalysis()),
    });
    mount(api);
    await settled();
    expect(text('.message')).toContain('no access to this page yet');
    const checkbox = container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.disabled).toBe(false));
    expect(checkbox.checked).toBe(false);

    checkbox.click();
    await waitFor(() => expect(container.querySelector('.analysis')).not.toBeNull());
    // The pattern covers the host on any port and path: match patterns ignore ports.
    expect(api.requestSiteAccess).toHaveBeenCalledWith('http://127.0.0.1/*');
    await waitFor(() => expect(container.querySelector<HTMLInputElement>('.site-toggle input')!.checked).toBe(true));
  });

  it('reports a refusal and stays off', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(seedAnalysis()), userAccepts: false });
    mount(api);
    await settled();
    const checkbox = container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.disabled).toBe(false));
    checkbox.click();
    await waitFor(() => expect(text('.problem')).toBe('Access to example.com was not granted.'));
    expect(checkbox.checked).toBe(false);
  });

  it('removes the site when switched off', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(seedAnalysis()), granted: ['https://example.com/*'] });
    mount(api);
    await settled();
    const checkbox = container.querySelector<HTMLInputElement>('.site-toggle input')!;
    await waitFor(() => expect(checkbox.checked).toBe(true));
    checkbox.click();
    await waitFor(() => expect(checkbox.checked).toBe(false));
    expect(api.removeSiteAccess).toHaveBeenCalledWith('https://example.com/*');
  });

  it('links to the list of sites', async () => {
    const api = fakeApi({ url: 'https://example.com/a', analysis: ok(seedAnalysis()) });
    mount(api);
    await settled();
    container.querySelector<HTMLButtonElement>('.site-toggle .link')!.click();
    expect(api.openOptions).toHaveBeenCalledTimes(1);
  });
});
