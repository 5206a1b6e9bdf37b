// No request leaves the extension: the browsers send everything through a recording proxy while the reader uses Newslens on the seed page from start to teardown.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'puppeteer-core';
import { chromiumPath, firefoxPath } from '../../scripts/lib/browsers.mjs';
import { launchWithExtension, openToolbarPopup, readerDocumentPage, waitForPopupContent } from '../../scripts/lib/chromium-extension.mjs';
import { serveFiles, type StaticServer } from '../../scripts/lib/serve.mjs';
import { extensionUrl, grantLocalSite, launchFirefoxWithExtension, openExtensionPage } from './firefox-extension';
import { startRecordingProxy, type RecordingProxy, type SeenRequest } from './recording-proxy';
import { builtExtension, SAMPLE_FILE, SAMPLE_PATH, TEARDOWN } from './sample-page';

declare const browser: typeof import('webextension-polyfill');

/** How long to keep listening after the last step, for a request sent late (a timer, a retry). */
const LISTEN_AFTER_MS = 1_500;

/**
 * The addresses the page itself names (links, images, icons), resolved against its URL: scrolling to a mention can
 * make the page load a lazy image of its own, which is the page's request, not ours. Hosts count for secure
 * connections, whose proxy request names only host and port.
 */
function pageOwnTargets(pageUrl: string): Set<string> {
  const html = readFileSync(SAMPLE_FILE, 'utf8');
  const targets = new Set<string>();
  for (const [, value] of html.matchAll(/\s(?:src|href|srcset|poster)="([^"]+)"/g)) {
    for (const candidate of value!.split(',').map((part) => part.trim().split(/\s+/)[0]!)) {
      try {
        const url = new URL(candidate.replaceAll('&amp;', '&'), pageUrl);
        targets.add(url.href);
        targets.add(`${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`);
      } catch {
        // Not an address.
      }
    }
  }
  return targets;
}

/**
 * The browsers' makers' own services, which the browsers call by themselves whatever the page (Chromium's autofill and
 * accounts, Firefox's remote settings; puppeteer points some at dummy.test). Newslens has no address of theirs.
 */
const BROWSER_SERVICES = ['google.com', 'googleapis.com', 'gstatic.com', 'gvt1.com', 'mozilla.com', 'mozilla.net', 'mozilla.org', 'firefox.com', 'dummy.test'];

function hostOf(target: string): string {
  // CONNECT names host:port; the other requests a whole URL.
  if (!target.includes('://')) return target.replace(/:\d+$/, '');
  try {
    return new URL(target).hostname;
  } catch {
    return target;
  }
}

function isBrowserService(target: string): boolean {
  const host = hostOf(target);
  return BROWSER_SERVICES.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** The requests after `from` that neither the page named itself nor the browser sent for its own services: what the extension sent. */
function strangers(seen: readonly SeenRequest[], from: number, own: Set<string>): string[] {
  return seen.slice(from).filter((request) => !own.has(request.target) && !isBrowserService(request.target)).map((request) => request.line);
}

async function markCount(page: Page, atLeast: number): Promise<number> {
  await page.waitForFunction((n) => document.querySelectorAll('newslens-mark').length >= n, { timeout: 15_000 }, atLeast);
  return page.$$eval('newslens-mark', (marks) => marks.length);
}

/** Hovers a person's mark and waits for its card: the card, too, is built without asking anyone. */
async function openPersonCard(page: Page): Promise<void> {
  // From elsewhere first: a pointer already resting on the mark (a retried test) sends no new mouseover.
  await page.mouse.move(1, 1);
  await page.hover('newslens-mark[data-type="person"][tabindex="0"]');
  await page.waitForFunction(() => document.querySelector('newslens-card')?.shadowRoot?.querySelector('.card'), { timeout: 5_000 });
}

/** Every tab of the popup, then an entity clicked (the page scrolls to it and flashes it). */
async function usePopup(popup: Page): Promise<void> {
  const tabs = await popup.$$('[role="tab"]');
  expect(tabs.length).toBeGreaterThanOrEqual(3);
  for (const tab of tabs) await tab.click();
  const entitiesTab = await popup.$('[role="tab"][id$="entities"]');
  await (entitiesTab ?? tabs[1]!).click();
  await popup.waitForSelector('button.item.entity:not([disabled])');
  await popup.click('button.item.entity:not([disabled])');
}

/**
 * Loads the page and waits for its own loading to settle; returns where the recording stands, from which on nothing
 * but the page's own resources may go out. The page itself must have come through the proxy: the recording sees this
 * browser's traffic.
 */
async function loadPage(page: Page, pageUrl: string, proxy: RecordingProxy): Promise<number> {
  await page.goto(pageUrl, { waitUntil: 'load' });
  expect(proxy.seen.map((request) => request.line)).toContain(`GET ${pageUrl}`);
  await new Promise((resolve) => setTimeout(resolve, 300));
  return proxy.seen.length;
}

/** Listens a while longer for a late request, then holds the recording since `from` to the page's own resources. */
async function expectNothingSentSince(proxy: RecordingProxy, from: number, pageUrl: string): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, LISTEN_AFTER_MS));
  expect(strangers(proxy.seen, from, pageOwnTargets(pageUrl))).toEqual([]);
}

describe.skipIf(!chromiumPath())('Chromium: no request leaves the extension', () => {
  let server: StaticServer;
  let proxy: RecordingProxy;
  let chromium: Browser;
  let extensionId: string;
  let page: Page;

  beforeAll(async () => {
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    proxy = await startRecordingProxy(server.origin);
    ({ browser: chromium, extensionId } = await launchWithExtension({ executablePath: chromiumPath()!, extensionDir: builtExtension('chrome'), extraArgs: proxy.chromiumArgs }));
    page = await chromium.newPage();
  });

  afterAll(async () => {
    await chromium?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing from the toolbar click to teardown: reading, highlights, the card, the popup, the options page', async () => {
    const pageUrl = server.origin + SAMPLE_PATH;
    const from = await loadPage(page, pageUrl, proxy);

    const popup = await openToolbarPopup(chromium, extensionId, page);
    await waitForPopupContent(popup);
    expect(await markCount(page, 15)).toBeGreaterThanOrEqual(15);
    await usePopup(popup);
    await page.waitForSelector('newslens-mark[data-newslens-flash], newslens-flash', { timeout: 5_000 });
    await popup.close();
    await openPersonCard(page);
    // The popup again, on a page already read, for the teardown.
    const again = await openToolbarPopup(chromium, extensionId, page);
    await waitForPopupContent(again);
    expect(await again.evaluate(async (teardown) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.tabs.sendMessage(tab!.id!, teardown);
    }, TEARDOWN)).toMatchObject({ ok: true });
    expect(await page.$$eval('newslens-mark', (marks) => marks.length)).toBe(0);
    const options = await chromium.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`, { waitUntil: 'load' });
    await options.waitForSelector('h1');
    await expectNothingSentSince(proxy, from, pageUrl);

    // The same recording catches a request from the extension's own pages, its service worker and its reader's
    // document, had there been one.
    const beforeProbes = proxy.seen.length;
    await options.evaluate(() => fetch('http://page-probe.invalid/').catch(() => undefined));
    const worker = await (await chromium.waitForTarget((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`))).worker();
    await worker!.evaluate(() => fetch('http://worker-probe.invalid/').catch(() => undefined));
    await (await readerDocumentPage(chromium, extensionId)).evaluate(() => fetch('http://reader-probe.invalid/').catch(() => undefined));
    expect(strangers(proxy.seen, beforeProbes, new Set())).toEqual(['GET http://page-probe.invalid/', 'GET http://worker-probe.invalid/', 'GET http://reader-probe.invalid/']);
    await options.close();
  });
});

describe.skipIf(!firefoxPath())('Firefox: no request leaves the extension', () => {
  let server: StaticServer;
  let proxy: RecordingProxy;
  let firefox: Browser;

  beforeAll(async () => {
    server = await serveFiles({ [SAMPLE_PATH]: SAMPLE_FILE });
    proxy = await startRecordingProxy(server.origin);
    firefox = await launchFirefoxWithExtension(firefoxPath()!, builtExtension('firefox'), proxy.firefoxPrefs);
  });

  afterAll(async () => {
    await firefox?.close();
    await proxy?.close();
    await server?.close();
  });

  it('sends nothing from granting the site to teardown: reading, highlights, the card, the popup, the options page', async () => {
    const pageUrl = server.origin + SAMPLE_PATH;
    const sample = (await firefox.pages())[0] ?? (await firefox.newPage());
    const from = await loadPage(sample, pageUrl, proxy);

    const popup = await firefox.newPage();
    await openExtensionPage(popup, extensionUrl('popup.html'));
    expect(await grantLocalSite(popup)).toBe('true');
    const tabId = await popup.evaluate(async () => {
      const self = await browser.tabs.getCurrent();
      return (await browser.tabs.query({})).find((tab) => tab.id !== self?.id)!.id!;
    });
    await openExtensionPage(popup, extensionUrl(`popup.html?tab=${tabId}`));
    await popup.waitForSelector('.analysis', { timeout: 15_000 });
    expect(await markCount(sample, 15)).toBeGreaterThanOrEqual(15);
    await usePopup(popup);
    await sample.bringToFront();
    await openPersonCard(sample);
    const options = await firefox.newPage();
    await openExtensionPage(options, extensionUrl('options.html'));
    await options.close();
    expect(await popup.evaluate(async (id, teardown) => browser.tabs.sendMessage(id, teardown), tabId, TEARDOWN)).toMatchObject({ ok: true });
    await expectNothingSentSince(proxy, from, pageUrl);

    const beforeProbe = proxy.seen.length;
    await popup.evaluate(() => fetch('http://popup-probe.invalid/').catch(() => undefined));
    // Firefox may upgrade the probe to https first: either way it names the probe's host.
    expect(strangers(proxy.seen, beforeProbe, new Set()).some((line) => line.includes('popup-probe.invalid'))).toBe(true);
    await popup.close();
  });
});
