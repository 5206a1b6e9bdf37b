// Highlights on real pages in Chromium and Firefox: the seed page marked from the toolbar, hostile pages that must keep working.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumPath, firefoxPath } from '../../scripts/lib/browsers.mjs';
import { launchWithExtension, openToolbarPopup, waitForPopupContent } from '../../scripts/lib/chromium-extension.mjs';
import { serveFiles, type StaticServer } from '../../scripts/lib/serve.mjs';
import type { Analysis } from '../../src/analysis';
import { extensionUrl, grantLocalSite, launchFirefoxWithExtension, openExtensionPage } from './firefox-extension';
import { builtExtension, ROOT, SAMPLE_FILE, SAMPLE_PATH } from './sample-page';

/** Screenshots kept as test artifacts (dist/ is git-ignored). */
export const ARTIFACTS = join(ROOT, 'dist', 'artifacts', 'highlights');
const HOSTILE = join(ROOT, 'tests', 'fixtures', 'hostile');
const HOSTILE_PAGES = ['many-nodes', 'deep-nesting', 'frames-and-shadows', 'editable-and-forms', 'deletes-marks', 'hostile-css', 'strict-csp'] as const;

const message = (method: string, args: object = {}) => ({ newslens: 1, method, args });
type Reply<T> = { ok: true; value: T } | { ok: false; error: string };
interface Summary { marks: number; entities: number; unplaced: number }

/** Run in the page's own world: remembers the page as it is, to compare with later. */
function snapshot(page: Page) {
  return page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    (window as unknown as { __before: unknown }).__before = { html: document.body.innerHTML, text: document.body.textContent, nodes, data: nodes.map((n) => n.data) };
  });
}

/** Compares the page with its snapshot: same text, same markup, the very same text nodes with the same data. */
function compareWithSnapshot(page: Page) {
  return page.evaluate(() => {
    const before = (window as unknown as { __before: { html: string; text: string; nodes: Text[]; data: string[] } }).__before;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return {
      sameText: document.body.textContent === before.text,
      sameHtml: document.body.innerHTML === before.html,
      sameNodes: nodes.length === before.nodes.length && nodes.every((node, i) => node === before.nodes[i] && node.data === before.data[i]),
    };
  });
}

/** Waits until the marks of a highlight are all written (they go in short tasks), and reads what is on the page. */
async function marksOnPage(page: Page, expected: number) {
  await page.waitForFunction((n) => document.querySelectorAll('newslens-mark').length >= n, { timeout: 15_000 }, expected);
  return page.evaluate(() => {
    const marks = [...document.querySelectorAll('newslens-mark')];
    const style = marks[0] ? getComputedStyle(marks[0]) : null;
    return {
      count: marks.length,
      entities: [...new Set(marks.map((mark) => mark.getAttribute('data-entity')))],
      types: [...new Set(marks.map((mark) => mark.getAttribute('data-type')))].sort(),
      inExplore: document.querySelectorAll('.explore newslens-mark, .recommended newslens-mark, footer newslens-mark, nav newslens-mark').length,
      focusable: marks.filter((mark) => mark.getAttribute('tabindex') === '0').length,
      style: style && { display: style.display, visibility: style.visibility, background: style.backgroundColor, opacity: style.opacity },
      visible: marks.every((mark) => mark.getClientRects().length > 0),
    };
  });
}

describe.skipIf(!chromiumPath())('Chromium: highlights', () => {
  let server: StaticServer;
  let browser: Browser;
  let extensionId: string;
  let page: Page;

  /** Clicks the toolbar button (activeTab, injection, the popup's own highlight), then asks the tab through the popup. */
  async function withPopup<T>(target: Page, run: (popup: Page) => Promise<T>): Promise<T> {
    const popup = await openToolbarPopup(browser, extensionId, target);
    await waitForPopupContent(popup);
    try {
      return await run(popup);
    } finally {
      await popup.close();
    }
  }
  const send = <T,>(popup: Page, request: object) =>
    popup.evaluate(async (msg) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, msg);
    }, request) as Promise<Reply<T>>;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    const routes: Record<string, string> = { [SAMPLE_PATH]: SAMPLE_FILE };
    for (const name of [...HOSTILE_PAGES, 'changing-page']) routes[`/hostile/${name}.html`] = join(HOSTILE, `${name}.html`);
    server = await serveFiles(routes);
    ({ browser, extensionId } = await launchWithExtension({ executablePath: chromiumPath()!, extensionDir: builtExtension('chrome') }));
    page = await browser.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('marks the seed page from the toolbar: 15+ entities of every main type, none in the Explore list, text unchanged, teardown restores', async () => {
    await page.goto(server.origin + SAMPLE_PATH, { waitUntil: 'domcontentloaded' });
    await snapshot(page);
    await withPopup(page, async (popup) => {
      const reply = await send<Summary>(popup, message('highlight'));
      expect(reply.ok).toBe(true);
      const summary = (reply as { value: Summary }).value;
      const shown = await marksOnPage(page, summary.marks);
      expectSeedMarks(shown, summary.marks);
      expect(shown.style!.background).not.toBe('rgba(0, 0, 0, 0)');
      expect(shown.focusable).toBeGreaterThanOrEqual(summary.marks - 2);
      expect(await compareWithSnapshot(page)).toMatchObject({ sameText: true, sameHtml: false });
      await page.screenshot({ path: join(ARTIFACTS, 'chromium-seed-highlighted.png'), fullPage: true });

      const ping = await send<{ highlighted: boolean }>(popup, message('ping'));
      expect(ping).toMatchObject({ ok: true, value: { highlighted: true } });

      // Reveal a mention near the end of the story: the page scrolls to it and it flashes.
      const analysis = await send<Analysis>(popup, message('analyze'));
      expect(analysis.ok).toBe(true);
      const kazan = (analysis as { value: Analysis }).value.entities.find((entity) => entity.name === 'Kazan')!;
      const revealed = await send<{ found: boolean }>(popup, message('reveal', { span: kazan.mentions[0] }));
      expect(revealed).toEqual({ ok: true, value: { found: true } });
      const flashed = await page.evaluate(() => {
        const mark = document.querySelector('newslens-mark[data-newslens-flash]');
        const box = mark?.getBoundingClientRect();
        return mark ? { text: mark.textContent, inView: box!.top >= 0 && box!.bottom <= innerHeight } : null;
      });
      expect(flashed?.text).toBe('Kazan');
      await page.waitForFunction(() => {
        const box = document.querySelector('newslens-mark[data-newslens-flash]')?.getBoundingClientRect();
        return box && box.top >= 0 && box.bottom <= innerHeight;
      }, { timeout: 5_000 });
      await page.screenshot({ path: join(ARTIFACTS, 'chromium-seed-revealed.png') });

      const removed = await send<{ removed: number }>(popup, message('unhighlight'));
      expect(removed).toEqual({ ok: true, value: { removed: summary.marks } });
      expect(await compareWithSnapshot(page)).toEqual({ sameText: true, sameHtml: true, sameNodes: true });

      // Highlight again, then end the session: teardown takes everything away.
      await send(popup, message('highlight'));
      await send(popup, message('teardown'));
    });
    await page.waitForFunction(() => document.querySelectorAll('newslens-mark, newslens-card').length === 0);
    expect(await compareWithSnapshot(page)).toEqual({ sameText: true, sameHtml: true, sameNodes: true });
    expect(await page.evaluate(() => document.getElementById('newslens-highlight-style'))).toBeNull();
  });

  it('follows a highlighted page that changes: late paragraphs get marks, and a single-page navigation is read afresh', async () => {
    const changing = await browser.newPage();
    await changing.goto(`${server.origin}/hostile/changing-page.html`, { waitUntil: 'load' });
    await withPopup(changing, async (popup) => {
      const reply = await send<Summary>(popup, message('highlight'));
      expect(reply.ok).toBe(true);
      await marksOnPage(changing, (reply as { value: Summary }).value.marks);
      const storyText = await changing.evaluate(() => document.getElementById('story')!.textContent);

      await changing.evaluate(() => (window as unknown as { addLazyParagraphs: () => void }).addLazyParagraphs());
      await changing.waitForFunction(() => document.querySelectorAll('p.lazy newslens-mark').length >= 3, { timeout: 10_000 });
      const lazy = await changing.evaluate(() => [...document.querySelectorAll('p.lazy newslens-mark')].map((mark) => mark.textContent));
      expect(lazy).toEqual(expect.arrayContaining(['Ana Ferreira', 'Lisbon', 'Mombasa']));
      // The redraw read the page again: the first paragraphs are still marked, and the story's text only grew by the new paragraphs.
      expect(await changing.evaluate(() => document.querySelectorAll('article > p:not(.lazy) newslens-mark').length)).toBeGreaterThan(3);
      const grown = await changing.evaluate(() => [...document.querySelectorAll('p.lazy')].map((p) => p.textContent).join(''));
      expect(await changing.evaluate(() => document.getElementById('story')!.textContent)).toBe(storyText + grown);

      await changing.evaluate(() => (window as unknown as { navigateToNextStory: () => void }).navigateToNextStory());
      await changing.waitForFunction(() => document.querySelectorAll('p.next newslens-mark').length >= 3, { timeout: 10_000 });
      const next = await changing.evaluate(() => [...document.querySelectorAll('newslens-mark')].map((mark) => mark.textContent));
      expect(next).toEqual(expect.arrayContaining(['Idris Mensah', 'Santiago']));
      expect(next).not.toContain('Mara Okafor');
      const ping = await send<{ url: string; highlighted: boolean }>(popup, message('ping'));
      expect(ping).toMatchObject({ ok: true, value: { url: `${server.origin}/hostile/next-story.html`, highlighted: true } });
      await changing.screenshot({ path: join(ARTIFACTS, 'chromium-changing-page.png') });
    });
    await changing.close();
  });

  for (const name of HOSTILE_PAGES) {
    it(`keeps the hostile page "${name}" working`, async () => {
      const hostile = await browser.newPage();
      const errors: string[] = [];
      hostile.on('pageerror', (error) => errors.push(String(error)));
      await hostile.goto(`${server.origin}/hostile/${name}.html`, { waitUntil: 'load' });
      await hostile.waitForFunction(() => (window as unknown as { pageReady?: boolean }).pageReady === true, { timeout: 30_000 });
      await snapshot(hostile);
      await withPopup(hostile, async (popup) => {
        const reply = await send<Summary>(popup, message('highlight'));
        expect(reply.ok).toBe(true);
        const summary = (reply as { value: Summary }).value;
        expect(summary.marks).toBeGreaterThan(0);
        // The page's own check: its controls, frames, shadow trees and fields still work and read as before.
        await hostile.waitForFunction(() => (window as unknown as { pageSettled?: () => boolean }).pageSettled?.() ?? true, { timeout: 15_000 });
        const verdict = await hostile.evaluate(() => (window as unknown as { pageCheck: () => unknown }).pageCheck());
        expect(verdict).toEqual({ ok: true });
        // A page that deletes our marks takes their text with it, by its own doing.
        if (name !== 'deletes-marks') expect((await compareWithSnapshot(hostile)).sameText).toBe(true);
        await hostile.screenshot({ path: join(ARTIFACTS, `chromium-hostile-${name}.png`) });
        await send(popup, message('unhighlight'));
        // A page that deletes our marks takes their text with it; every other page is exactly as it was.
        const after = await compareWithSnapshot(hostile);
        if (name === 'deletes-marks') expect(after.sameNodes).toBe(false);
        else expect(after).toEqual({ sameText: true, sameHtml: true, sameNodes: true });
        expect(await hostile.evaluate(() => (window as unknown as { pageCheck: () => unknown }).pageCheck())).toEqual({ ok: true });
      });
      expect(errors).toEqual([]);
      await hostile.close();
    });
  }
});

// Declared so the callbacks below, which run inside the extension page, typecheck.
declare const browser: typeof import('webextension-polyfill');

/*
 * Firefox's toolbar popup is out of the driver's reach, so the test takes the "Always annotate" route (as
 * firefox.test.ts does): the user grants the site with a click, the background registers the content script,
 * and the next load of the page is highlighted by itself. The extension page then asks the tab directly.
 */
/** The hostile pages also checked in Firefox, whose CSS cascade and content-script worlds differ. */
const FIREFOX_HOSTILE = ['hostile-css', 'editable-and-forms', 'frames-and-shadows', 'strict-csp'] as const;

describe.skipIf(!firefoxPath())('Firefox: highlights', () => {
  let server: StaticServer;
  let firefox: Browser;
  let sample: Page;
  let control: Page;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFiles({
      [SAMPLE_PATH]: SAMPLE_FILE,
      ...Object.fromEntries(FIREFOX_HOSTILE.map((name) => [`/hostile/${name}.html`, join(HOSTILE, `${name}.html`)])),
    });
    firefox = await launchFirefoxWithExtension(firefoxPath()!, builtExtension('firefox'));
    sample = (await firefox.pages())[0] ?? (await firefox.newPage());
    await sample.goto(server.origin + SAMPLE_PATH);
    control = await firefox.newPage();
    await openExtensionPage(control, extensionUrl('popup.html'));
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  const sendToSample = <T,>(request: object) =>
    control.evaluate(async (msg) => {
      const self = await browser.tabs.getCurrent();
      const [tab] = (await browser.tabs.query({})).filter((t) => t.id !== self?.id);
      for (let attempt = 0; ; attempt++) {
        try {
          return await browser.tabs.sendMessage(tab!.id!, msg);
        } catch (error) {
          // The registered script runs at document_idle, a moment after the load event.
          if (attempt >= 50) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
    }, request) as Promise<Reply<T>>;

  it('highlights an always-annotated site as it loads, and unhighlights it exactly', async () => {
    expect(await grantLocalSite(control)).toBe('true');
    // The background writes the site list once it registered the script.
    await control.waitForFunction(async () => ((await browser.storage.local.get('alwaysAnnotateSites')).alwaysAnnotateSites as string[] | undefined)?.length === 1, { timeout: 10_000, polling: 100 });

    await sample.reload();
    await sample.waitForFunction(() => document.querySelectorAll('newslens-mark').length > 0, { timeout: 20_000 });
    const ping = await sendToSample<{ highlighted: boolean }>(message('ping'));
    expect(ping).toMatchObject({ ok: true, value: { highlighted: true } });

    // Now as the popup asks: unhighlight, snapshot the untouched page, highlight, compare.
    await sendToSample(message('unhighlight'));
    await snapshot(sample);
    const reply = await sendToSample<Summary>(message('highlight'));
    expect(reply.ok).toBe(true);
    const summary = (reply as { value: Summary }).value;
    const shown = await marksOnPage(sample, summary.marks);
    expectSeedMarks(shown, summary.marks);
    expect((await compareWithSnapshot(sample)).sameText).toBe(true);
    await sample.screenshot({ path: join(ARTIFACTS, 'firefox-seed-highlighted.png'), fullPage: true });

    const removed = await sendToSample<{ removed: number }>(message('unhighlight'));
    expect(removed).toEqual({ ok: true, value: { removed: summary.marks } });
    expect(await compareWithSnapshot(sample)).toEqual({ sameText: true, sameHtml: true, sameNodes: true });
  });

  for (const name of FIREFOX_HOSTILE) {
    it(`keeps the hostile page "${name}" working when the site is annotated on load`, async () => {
      // The site was granted above, so the registered script highlights this page as it loads.
      const hostile = await firefox.newPage();
      await hostile.goto(`${server.origin}/hostile/${name}.html`);
      await hostile.waitForFunction(() => (window as unknown as { pageReady?: boolean }).pageReady === true, { timeout: 30_000 });
      await hostile.waitForFunction(() => document.querySelectorAll('newslens-mark').length > 0, { timeout: 20_000 });
      expect(await hostile.evaluate(() => (window as unknown as { pageCheck: () => unknown }).pageCheck())).toEqual({ ok: true });
      await hostile.screenshot({ path: join(ARTIFACTS, `firefox-hostile-${name}.png`) });
      await hostile.close();
    });
  }
});

/** What the highlighted seed page shows in either browser: every mark, 15+ entities of the three main types, none in Explore, visible inline. */
function expectSeedMarks(shown: Awaited<ReturnType<typeof marksOnPage>>, marks: number): void {
  expect(shown.count).toBe(marks);
  expect(shown.entities.length).toBeGreaterThanOrEqual(15);
  expect(shown.types).toEqual(expect.arrayContaining(['organization', 'person', 'place']));
  expect(shown.inExplore).toBe(0);
  expect(shown.visible).toBe(true);
  expect(shown.style).toMatchObject({ display: 'inline', visibility: 'visible', opacity: '1' });
}
