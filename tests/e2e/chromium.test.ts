// The built extension in real headless Chromium: the toolbar popup shows the sample article's Analysis.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumPath } from '../../scripts/lib/browsers.mjs';
import { closeReaderDocument, launchWithExtension, openToolbarPopup, readerDocumentPage, readerDocumentUrl, waitForPopupContent } from '../../scripts/lib/chromium-extension.mjs';
import { serveFiles, type StaticServer } from '../../scripts/lib/serve.mjs';
import {
  ANALYZE, builtExtension, entityLabels, expectedSourceNames, nodeAnalysis, PING, SAMPLE_DAY, SAMPLE_FILE, SAMPLE_KICKER, SAMPLE_PATH, SAMPLE_TITLE, TEARDOWN,
} from './sample-page';

const executablePath = chromiumPath();
if (!executablePath) console.warn('e2e: Chromium is not installed (/usr/lib/chromium/chromium); skipping the Chromium tests.');

/*
 * activeTab is granted only when the user invokes the extension; a popup opened by
 * `chrome.action.openPopup()` or loaded as a tab gets no grant. CDP's Extensions.triggerAction is
 * Chromium's own emulation of a click on the toolbar button for a given tab, so the popup below
 * runs exactly as for a user: it injects the content script through activeTab, with no host
 * permission granted (the first test checks that too).
 */
describe.skipIf(!executablePath)('Chromium: the built extension', () => {
  let server: StaticServer;
  let browser: Browser;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    ({ browser, extensionId } = await launchWithExtension({ executablePath: executablePath!, extensionDir: builtExtension('chrome') }));
    page = await browser.newPage();
    await page.goto(server.origin + SAMPLE_PATH, { waitUntil: 'domcontentloaded' });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads with a small service worker that reads no page itself', async () => {
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`),
    );
    expect(worker.url()).toBe(`chrome-extension://${extensionId}/background.js`);
    // The name lists go to the reader's document, which the worker opens when a page is to be read.
    expect(await (await worker.worker())!.evaluate(() => typeof (globalThis as unknown as Record<symbol, unknown>)[Symbol.for('newslens.gazetteer')])).toBe('undefined');
  });

  it('shows the sample article in the toolbar popup, through activeTab alone', async () => {
    const popup = await openToolbarPopup(browser, extensionId, page);
    const shown = await waitForPopupContent(popup);
    const expected = nodeAnalysis(server.origin + SAMPLE_PATH);
    expect(expected.article.title).toBe(SAMPLE_TITLE);

    expect(await popup.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    // The kicker is shown as the parser reads it (the popup's style sets it in capitals).
    expect(await popup.$eval('.kicker', (el) => el.textContent?.toUpperCase())).toBe(SAMPLE_KICKER);
    expect(await popup.$eval('.kicker', (el) => el.textContent)).toBe(expected.article.section);
    expect(await popup.$eval('.published', (el) => el.textContent)).toContain(SAMPLE_DAY);
    for (const name of expectedSourceNames(expected)) expect(shown).toContain(name);
    if (expected.article.dek) expect(await popup.$eval('.dek', (el) => el.textContent)).toBe(expected.article.dek);
    expect(await popup.evaluate(() => chrome.permissions.contains({ origins: ['http://127.0.0.1/*'] }))).toBe(false);
    await popup.close();
  });

  it('reads the page in its reader\'s document, which holds the name lists and the weights\' file', async () => {
    // The popup test above had the page read, which opened the document.
    const reader = await readerDocumentPage(browser, extensionId);
    const scope = await reader.evaluate(async () => {
      const global = globalThis as unknown as Record<symbol, unknown>;
      // The packed weights' signature (src/nlp/ner/packed-model.ts), read as the reader reads the file.
      const bytes = new Uint8Array(await (await fetch('ner-model.bin')).arrayBuffer());
      return { lists: typeof global[Symbol.for('newslens.gazetteer')], signature: String.fromCharCode(...bytes.subarray(0, 6)), size: bytes.length };
    });
    expect(scope).toMatchObject({ lists: 'object', signature: 'NLNER1' });
    expect(scope.size).toBeGreaterThan(1_000_000);
  });

  it('keeps one content-script session however often it is injected, and tears it down', async () => {
    const popup = await openToolbarPopup(browser, extensionId, page);
    await waitForPopupContent(popup);
    const outcome = await popup.evaluate(async (ping, teardown, analyze) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const tabId = tab!.id!;
      // A second copy of the scripts, as a second click on an old browser build would inject.
      await chrome.scripting.executeScript({ target: { tabId }, files: ['content.js'] });
      const before = await chrome.tabs.sendMessage(tabId, ping);
      const analysis = await chrome.tabs.sendMessage(tabId, analyze);
      const removed = await chrome.tabs.sendMessage(tabId, teardown);
      await new Promise((resolve) => setTimeout(resolve, 50));
      // Had the second injection started its own session, that session would still answer here.
      const after = await chrome.tabs.sendMessage(tabId, ping).then(() => 'answered', (error: Error) => error.message);
      return { before, removed, after, analysis };
    }, PING, TEARDOWN, ANALYZE);
    expect(outcome.before).toMatchObject({ ok: true, value: { ready: true } });
    // The background's reader has the tagger's weights: the page's entities are the Node CLI's.
    const expected = entityLabels(nodeAnalysis(server.origin + SAMPLE_PATH));
    expect(expected).toEqual(expect.arrayContaining(['Sun Weidong (person)', 'Kazan (place)', 'BRICS (organization)']));
    expect(entityLabels(outcome.analysis.value)).toEqual(expected);
    expect(outcome.removed).toEqual({ ok: true, value: { removed: true } });
    expect(outcome.after).toMatch(/Receiving end does not exist/);
    await popup.close();

    // After teardown the next click injects a fresh session.
    const again = await openToolbarPopup(browser, extensionId, page);
    await waitForPopupContent(again);
    expect(await again.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    await again.close();
  });

  it('opens its reader\'s document again once it has closed itself (idle), and reads the next page in it', async () => {
    const url = readerDocumentUrl(extensionId);
    await readerDocumentPage(browser, extensionId);
    // As closeWhenIdle does after 15 minutes without a request (background/idle-closer.ts); throws unless it goes.
    await closeReaderDocument(browser, extensionId);
    expect(browser.targets().some((target) => target.url() === url)).toBe(false);
    // A fresh page: no content script there yet, so the click needs a reading.
    await page.goto(server.origin + SAMPLE_PATH + '?again', { waitUntil: 'domcontentloaded' });
    const popup = await openToolbarPopup(browser, extensionId, page);
    await waitForPopupContent(popup);
    expect(await popup.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    await page.waitForFunction(() => document.querySelectorAll('newslens-mark').length >= 15, { timeout: 10_000 });
    expect(browser.targets().filter((target) => target.url() === url)).toHaveLength(1);
    await popup.close();
  });

  it('explains instead of failing on a browser page', async () => {
    const settings = await browser.newPage();
    await settings.goto('chrome://version');
    const popup = await openToolbarPopup(browser, extensionId, settings);
    const shown = await waitForPopupContent(popup);
    expect(shown).toContain("browser's own pages");
    expect(await popup.$('.analysis')).toBeNull();
    await popup.close();
    await settings.close();
  });
});
