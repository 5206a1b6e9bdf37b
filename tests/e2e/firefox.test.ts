// The built extension in real headless Firefox: site access granted by a click, then the popup shows the sample article.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import type { Analysis } from '../../src/analysis';
import { firefoxPath } from '../../scripts/lib/browsers.mjs';
import { serveFiles, type StaticServer } from '../../scripts/lib/serve.mjs';
import { extensionUrl, grantLocalSite, launchFirefoxWithExtension, openExtensionPage } from './firefox-extension';
import { ANALYZE, builtExtension, entityLabels, expectedSourceNames, nodeAnalysis, PING, SAMPLE_DAY, SAMPLE_FILE, SAMPLE_KICKER, SAMPLE_PATH, SAMPLE_TITLE } from './sample-page';

const executablePath = firefoxPath();
if (!executablePath) console.warn('e2e: Firefox is not installed (/usr/lib/firefox-esr/firefox-esr); skipping the Firefox tests.');

// Declared so the callbacks below, which run inside the extension page, typecheck.
declare const browser: typeof import('webextension-polyfill');

/*
 * Firefox's toolbar popup is not a page the driver can reach, and a popup page loaded in a tab
 * gets no activeTab grant. So the test takes the other real route to a page, the one the
 * "Always annotate on this site" opt-in takes: the user grants the site's optional host
 * permission with a click (a trusted click, which Firefox requires; the pref above only skips
 * the doorhanger), the background registers the content script for the site, and the popup,
 * opened as `popup.html?tab=ID` for the sample tab, injects and reads the page through that
 * permission.
 */
describe.skipIf(!executablePath)('Firefox: the built extension', () => {
  let server: StaticServer;
  let firefox: Browser;
  let sample: Page;
  let popup: Page;
  let sampleTabId: number;

  beforeAll(async () => {
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    firefox = await launchFirefoxWithExtension(executablePath!, builtExtension('firefox'));
    sample = (await firefox.pages())[0] ?? (await firefox.newPage());
    await sample.goto(server.origin + SAMPLE_PATH);
    popup = await firefox.newPage();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('loads: its popup page renders and explains that it is not an article', async () => {
    await openExtensionPage(popup, extensionUrl('popup.html'));
    await popup.waitForSelector('.message');
    // Loaded in a tab, the popup's active tab is itself, an extension page.
    expect(await popup.$eval('.message', (el) => el.textContent)).toContain("browser's own pages");
  });

  it('registers the content script for a site once the user grants it', async () => {
    expect(await grantLocalSite(popup)).toBe('true');
    const registered = await pollUntil(() => popup.evaluate(async () =>
      (await browser.scripting.getRegisteredContentScripts()).flatMap((script) => script.matches ?? [])));
    expect(registered).toEqual(['http://127.0.0.1/*']);
    expect(await popup.evaluate(async () => (await browser.storage.local.get('alwaysAnnotateSites')).alwaysAnnotateSites))
      .toEqual(['http://127.0.0.1/*']);
  });

  it('shows the sample article in the popup', async () => {
    const tabIds = await popup.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      return (await browser.tabs.query({})).filter((tab) => tab.id !== self?.id).map((tab) => tab.id);
    });
    expect(tabIds).toHaveLength(1);
    sampleTabId = tabIds[0]!;
    await openExtensionPage(popup, extensionUrl(`popup.html?tab=${sampleTabId}`));
    await popup.waitForSelector('.analysis, .message', { timeout: 15_000 });
    const shown = await popup.evaluate(() => document.body.textContent ?? '');
    const expected = nodeAnalysis(server.origin + SAMPLE_PATH);

    expect(await popup.$eval('.title', (el) => el.textContent)).toBe(SAMPLE_TITLE);
    expect(await popup.$eval('.kicker', (el) => el.textContent?.toUpperCase())).toBe(SAMPLE_KICKER);
    expect(await popup.$eval('.published', (el) => el.textContent)).toContain(SAMPLE_DAY);
    for (const name of expectedSourceNames(expected)) expect(shown).toContain(name);
    expect(await popup.$eval('.site-toggle input', (el) => (el as HTMLInputElement).checked)).toBe(true);
  });

  it('runs the registered content script by itself when the site loads again', async () => {
    await sample.reload();
    // Nobody injects this time: the answer comes from the script registered for the site, which reads and
    // highlights an always-annotated page by itself. It runs at document_idle, so ask until it has (the marks come
    // as soon as the entities are read, the rest of the reading a few tasks later).
    const reply = await popup.evaluate(async (id, ping) => {
      let last: unknown = null;
      for (let attempt = 0; attempt < 100; attempt++) {
        try {
          last = await browser.tabs.sendMessage(id, ping);
          const state = (last as { value?: { highlighted?: boolean; ready?: boolean } }).value;
          if (state?.highlighted && state.ready) return last;
        } catch (error) {
          if (attempt >= 99) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return last;
    }, sampleTabId, PING);
    expect(reply).toEqual({ ok: true, value: { ready: true, highlighted: true, url: server.origin + SAMPLE_PATH } });
    // The registered scripts include the tagger's weights: the page's entities are the Node CLI's.
    const analysis = await popup.evaluate(async (id, analyze) => browser.tabs.sendMessage(id, analyze), sampleTabId, ANALYZE);
    expect(entityLabels((analysis as { value: Analysis }).value)).toEqual(entityLabels(nodeAnalysis(server.origin + SAMPLE_PATH)));
  });

  it('lists the site on the options page and stops annotating it when removed there', async () => {
    const options = await firefox.newPage();
    await openExtensionPage(options, extensionUrl('options.html'));
    await options.waitForSelector('.sites li');
    expect(await options.$$eval('.sites li span', (items) => items.map((item) => item.textContent))).toEqual(['127.0.0.1 (http)']);
    await options.click('.sites li button');
    await options.waitForSelector('.empty');
    const registered = await options.evaluate(async () => browser.scripting.getRegisteredContentScripts());
    expect(registered).toEqual([]);
    await options.close();
  });
});

async function pollUntil<T>(read: () => Promise<T[]>, timeout = 5_000): Promise<T[]> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await read();
    if (value.length > 0 || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
