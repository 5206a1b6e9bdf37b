// The popup in real Chromium (the toolbar popup) and Firefox (the popup page for the tab): tabs, reveal, axe-core, screenshots.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { Analysis } from '../../src/analysis';
import { chromiumPath, firefoxPath } from '../../scripts/lib/browsers.mjs';
import { launchWithExtension, openToolbarPopup } from '../../scripts/lib/chromium-extension.mjs';
import { serveFiles, type StaticServer } from '../../scripts/lib/serve.mjs';
import { extensionUrl, launchFirefoxWithExtension, openExtensionPage } from './firefox-extension';
import { ARTIFACTS, axeOnPopup, entityDownThePage, expectTabsMatch, highlighterBuilt, LISTING_PAGE, pageFlash, tinyPdf } from './popup-checks';
import { builtExtension, nodeAnalysis, SAMPLE_FILE, SAMPLE_PATH, SAMPLE_TITLE } from './sample-page';

const chromium = chromiumPath();
const firefox = firefoxPath();

// Declared so the callbacks below, which run inside the extension page, typecheck.
declare const browser: typeof import('webextension-polyfill');

/**
 * Clicks an entity in the popup and checks what the page did. With the highlighter built the page
 * scrolls to the entity's first mention and flashes it; without it the content script answers that
 * it cannot, and the popup says so, which still shows that the reveal request went out and came back.
 */
async function revealFromPopup(popup: Page, page: Page, analysis: Analysis, drawn: boolean, { popupInTab = false } = {}) {
  const target = entityDownThePage(analysis);
  await page.evaluate(() => window.scrollTo(0, 0));
  await popup.click('#tab-entities');
  const item = `.item.entity[data-entity="${target.id}"]`;
  if (popupInTab) {
    // A real popup floats over the visible page; as a tab it would hide the page, whose scrolling then waits.
    await page.bringToFront();
    await popup.$eval(item, (button) => (button as HTMLButtonElement).click());
  } else {
    await popup.click(item);
  }
  await popup.waitForFunction(() => document.querySelector('.status')?.textContent !== '', { timeout: 10_000 });
  const status = await popup.$eval('.status', (el) => el.textContent);
  if (!drawn) {
    expect(status).toBe('The page could not show that passage.');
    return;
  }
  expect(status).toBe('Shown on the page.');
  await page.waitForFunction(() => window.scrollY > 0 && document.querySelector('[data-newslens-flash], newslens-flash'), { timeout: 10_000 });
  const { scrollY, flashing } = await pageFlash(page);
  expect(scrollY).toBeGreaterThan(0);
  expect(flashing).toContain(analysis.blocks[target.mentions[0]!.block]!.text.slice(target.mentions[0]!.start, target.mentions[0]!.end));
}

/**
 * axe-core on every tab of the popup, in each colour scheme; a screenshot of the Facts and Entities tabs.
 * Firefox over BiDi cannot emulate the colour scheme, so it is checked in its default (light) only.
 */
async function expectAxeClean(popup: Page, name: string, schemes: readonly ('light' | 'dark')[]) {
  for (const scheme of schemes) {
    if (schemes.length > 1) await popup.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
    for (const tab of ['facts', 'entities', 'quotes', 'sources']) {
      await popup.click(`#tab-${tab}`);
      await popup.waitForSelector(`#panel-${tab}:not([hidden])`);
      const { violations, passed } = await axeOnPopup(popup);
      expect(violations, `${scheme}, ${tab}`).toEqual([]);
      expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'aria-allowed-attr', 'button-name']));
      if (tab !== 'facts' && tab !== 'entities') continue;
      await popup.evaluate(() => window.scrollTo(0, 0));
      // The viewport, not fullPage: a full-page capture of a popup resizes it and drops the emulated scheme.
      await popup.screenshot({ path: join(ARTIFACTS, `popup-${name}-${tab}-${scheme}.png`) });
    }
  }
  await popup.click('#tab-facts');
}

/** Copy as Markdown reaches the clipboard API (the status says so only after writeText resolved). */
async function expectCopied(popup: Page) {
  await popup.click('.action.copy');
  await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'Copied the summary as Markdown.', { timeout: 5000 });
}

describe.skipIf(!chromium)('Chromium: the toolbar popup on the sample page', () => {
  let server: StaticServer;
  let chromiumBrowser: Browser;
  let extensionId: string;
  let page: Page;
  let popup: Page;
  let expected: Analysis;
  const drawn = highlighterBuilt('chrome');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    ({ browser: chromiumBrowser, extensionId } = await launchWithExtension({ executablePath: chromium!, extensionDir: builtExtension('chrome'), viewport: { width: 1000, height: 700 } }));
    page = await chromiumBrowser.newPage();
    await page.goto(server.origin + SAMPLE_PATH, { waitUntil: 'load' });
    expected = nodeAnalysis(server.origin + SAMPLE_PATH);
    popup = await openToolbarPopup(chromiumBrowser, extensionId, page);
    await popup.waitForSelector('.analysis', { timeout: 20_000 });
  });

  afterAll(async () => {
    await chromiumBrowser?.close();
    await server?.close();
  });

  it('lists the facts, entities and sources of the page, by mouse and by keyboard', async () => {
    expect(await popup.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    await expectTabsMatch(popup, expected);
  });

  it('counts the entities on the toolbar badge and highlights the page as it opens', async () => {
    const badge = await popup.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(badge).toBe(String(expected.entities.length));
    const toggle = await popup.$eval('.switch', (el) => [el.getAttribute('aria-checked'), (el as HTMLButtonElement).disabled]);
    if (!drawn) {
      expect(toggle).toEqual(['false', true]);
      return;
    }
    expect(toggle).toEqual(['true', false]);
    expect(await page.$$eval('newslens-mark', (marks) => marks.length)).toBeGreaterThan(0);
    await popup.click('.switch');
    await popup.waitForSelector('.switch[aria-checked="false"]');
    expect(await page.$$eval('newslens-mark', (marks) => marks.length)).toBe(0);
    await popup.click('.switch');
    await popup.waitForSelector('.switch[aria-checked="true"]');
    expect(await page.$$eval('newslens-mark', (marks) => marks.length)).toBeGreaterThan(0);
  });

  it('scrolls the page to an entity clicked in the popup and flashes it', async () => {
    await revealFromPopup(popup, page, expected, drawn);
  });

  it('has no accessibility violations on any tab in light and dark (axe-core), and leaves screenshots', async () => {
    await expectAxeClean(popup, 'chromium', ['light', 'dark']);
  });

  it('copies the summary as Markdown and downloads the Analysis as JSON', async () => {
    await expectCopied(popup);
    const downloads = mkdtempSync(join(tmpdir(), 'newslens-download-'));
    try {
      // Browser-wide: the popup's own session does not govern where its downloads go.
      const session = await chromiumBrowser.target().createCDPSession();
      await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
      await popup.click('.action.download');
      await popup.waitForFunction(() => document.querySelector('.status')?.textContent === 'The analysis was saved as JSON.');
      const file = join(downloads, 'newslens-china-calls-for-closer-beijing-moscow-coordination-in-asia.json');
      await expect.poll(() => readdirSync(downloads), { timeout: 10_000 }).toEqual([basename(file)]);
      const saved = JSON.parse(readFileSync(file, 'utf8')) as Analysis;
      expect(saved.schema).toBe('newslens/analysis@1');
      expect(saved.article.title).toBe(SAMPLE_TITLE);
      expect(saved.entities.map((entity) => entity.name)).toEqual(expected.entities.map((entity) => entity.name));
    } finally {
      rmSync(downloads, { recursive: true, force: true });
    }
  });

  it('has an options page with no accessibility violations, and leaves a screenshot', async () => {
    const options = await chromiumBrowser.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.waitForSelector('.types input:not([disabled])');
    expect(await options.$$eval('.types input:checked', (boxes) => boxes.length)).toBe(5);
    await options.waitForSelector('.shortcuts kbd');
    // Chromium leaves a suggested key it reserves unassigned (Alt+Shift+N was one): both must be live.
    const shortcuts = await options.$$eval('.shortcuts div', (rows) => rows.map((row) => row.textContent));
    expect(shortcuts).toEqual(expect.arrayContaining(['Alt+Shift+LRead this article with Newslens', 'Alt+Shift+HTurn Newslens highlights on or off on this page']));
    for (const scheme of ['light', 'dark'] as const) {
      await options.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      const { violations } = await axeOnPopup(options);
      expect(violations, `${scheme}: ${violations.join('; ')}`).toEqual([]);
      await options.screenshot({ path: join(ARTIFACTS, `options-chromium-${scheme}.png`) });
    }
    await options.close();
  });

  // Both browsers reset a tab's own badge when the tab loads another page; this holds them to it.
  it('clears the badge when the tab loads another page', async () => {
    const target = await chromiumBrowser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`));
    const worker = (await target.worker())!;
    const badge = () => worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ url: 'http://127.0.0.1/*' });
      return chrome.action.getBadgeText({ tabId: tab!.id! });
    });
    expect(await badge()).toBe(String(expected.entities.length));
    await page.goto(server.origin + SAMPLE_PATH + '?next', { waitUntil: 'load' });
    await expect.poll(badge, { timeout: 5000 }).toBe('');
  });
});

/** Pages that are not articles or may not be read: a clear sentence in the popup, never an error or a blank. */
describe.skipIf(!chromium)('Chromium: the toolbar popup on pages that are not articles', () => {
  let dir: string;
  let server: StaticServer;
  let pdfServer: Server;
  let chromiumBrowser: Browser;
  let extensionId: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newslens-popup-'));
    writeFileSync(join(dir, 'coast.html'), LISTING_PAGE);
    server = await serveFiles({ '/coast.html': join(dir, 'coast.html') });
    // Served without ".pdf" in the address, as many sites do: only the document's type tells.
    pdfServer = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/pdf' }).end(tinyPdf()));
    await new Promise<void>((resolve) => pdfServer.listen(0, '127.0.0.1', resolve));
    ({ browser: chromiumBrowser, extensionId } = await launchWithExtension({ executablePath: chromium!, extensionDir: builtExtension('chrome') }));
  });

  afterAll(async () => {
    await chromiumBrowser?.close();
    await server?.close();
    await new Promise((resolve) => pdfServer?.close(resolve));
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function popupOn(url: string): Promise<{ popup: Page; shown: string }> {
    const page = await chromiumBrowser.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const popup = await openToolbarPopup(chromiumBrowser, extensionId, page);
    await popup.waitForSelector('.analysis, .message', { timeout: 20_000 });
    return { popup, shown: await popup.evaluate(() => document.body.innerText) };
  }

  it('says a section front is not an article and still shows what it found', async () => {
    const { popup } = await popupOn(server.origin + '/coast.html');
    expect(await popup.$eval('.notice', (el) => el.textContent)).toBe('This page does not look like a single news article; what Newslens found is below.');
    expect(await popup.$$eval('[role="tab"]', (tabs) => tabs.length)).toBe(4);
    expect(await popup.$eval('.title', (el) => el.textContent)).toBe('Coast');
    const { violations } = await axeOnPopup(popup);
    expect(violations).toEqual([]);
    await popup.screenshot({ path: join(ARTIFACTS, 'popup-chromium-not-an-article.png') });
  });

  it('names the PDF viewer', async () => {
    const { popup, shown } = await popupOn(`http://127.0.0.1:${(pdfServer.address() as AddressInfo).port}/report`);
    expect(shown).toContain("This is a PDF in the browser's viewer");
    expect(await popup.$('.analysis')).toBeNull();
  });

  // Whether a local file is readable is the browser's switch ("Allow access to file URLs"; on for this
  // test profile): readable, it is read without the per-site opt-in; refused, the popup names the switch.
  it('reads a local file, or names the setting that allows it', async () => {
    const { popup, shown } = await popupOn(pathToFileURL(join(dir, 'coast.html')).href);
    if (await popup.$('.analysis')) {
      expect(await popup.$eval('.title', (el) => el.textContent)).toBe('Coast');
      expect(await popup.$('.site-toggle')).toBeNull();
    } else {
      expect(shown).toContain('Allow access to file URLs');
    }
  });
});

/*
 * Firefox's toolbar popup is out of the driver's reach and a popup page in a tab gets no activeTab
 * grant, so (as in firefox.test.ts) the site is granted by a trusted click first, then the popup
 * page is opened for the sample tab (`popup.html?tab=ID`).
 */
describe.skipIf(!firefox)('Firefox: the popup page for the sample tab', () => {
  let server: StaticServer;
  let fox: Browser;
  let page: Page;
  let popup: Page;
  let expected: Analysis;
  const drawn = highlighterBuilt('firefox');

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    fox = await launchFirefoxWithExtension(firefox!, builtExtension('firefox'));
    page = (await fox.pages())[0] ?? (await fox.newPage());
    await page.setViewport({ width: 1000, height: 700 });
    await page.goto(server.origin + SAMPLE_PATH);
    expected = nodeAnalysis(server.origin + SAMPLE_PATH);
    popup = await fox.newPage();
    await openExtensionPage(popup, extensionUrl('options.html'));
    await popup.evaluate(() => {
      const grant = document.createElement('button');
      grant.id = 'grant';
      grant.textContent = 'Allow 127.0.0.1';
      grant.addEventListener('click', () => {
        browser.permissions.request({ origins: ['http://127.0.0.1/*'] }).then((granted) => { grant.dataset.result = String(granted); });
      });
      document.body.prepend(grant);
    });
    await popup.click('#grant');
    await popup.waitForSelector('#grant[data-result="true"]');
    const tabId = await popup.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      return (await browser.tabs.query({})).find((tab) => tab.id !== self?.id)!.id!;
    });
    await popup.setViewport({ width: 400, height: 600 });
    await openExtensionPage(popup, extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitForSelector('.analysis', { timeout: 20_000 });
  });

  afterAll(async () => {
    await fox?.close();
    await server?.close();
  });

  it('lists the facts, entities and sources of the page, by mouse and by keyboard', async () => {
    expect(await popup.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    await expectTabsMatch(popup, expected);
  });

  it('highlights the page as it opens, and scrolls to an entity clicked in the popup and flashes it', async () => {
    if (drawn) {
      expect(await popup.$eval('.switch', (el) => el.getAttribute('aria-checked'))).toBe('true');
      expect(await page.$$eval('newslens-mark', (marks) => marks.length)).toBeGreaterThan(0);
    }
    await revealFromPopup(popup, page, expected, drawn, { popupInTab: true });
    await popup.bringToFront();
  });

  it('has no accessibility violations on any tab (axe-core), and leaves screenshots', async () => {
    await expectAxeClean(popup, 'firefox', ['light']);
  });

  it('copies the summary as Markdown', async () => {
    await expectCopied(popup);
  });

  it('counts the entities on the badge, cleared when the tab loads another page', async () => {
    const badge = () => popup.evaluate(async () => {
      const tabId = Number(new URLSearchParams(location.search).get('tab'));
      return browser.action.getBadgeText({ tabId });
    });
    expect(await badge()).toBe(String(expected.entities.length));
    await page.goto(server.origin + SAMPLE_PATH + '?next');
    await expect.poll(badge, { timeout: 5000 }).toBe('');
  });
});
