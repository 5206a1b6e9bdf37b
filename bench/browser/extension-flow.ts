// The real extension in Chromium: from the toolbar click (which the background takes, opening the popup itself; the reader's document reads the page) and from the popup's own first request to the last mark on the seed page.
import type { Browser, Page } from 'puppeteer-core';
import { closeReaderDocument } from '../../scripts/lib/chromium-extension.mjs';

export interface FlowTiming {
  /** Click on the toolbar button to the last mark on the page. */
  clickToMarksMs: number;
  /** Click on the toolbar button to the popup's first paint with content (null when it painted none in 2 s). */
  clickToPopupPaintMs: number | null;
  /** The popup's first request (injecting the scripts) to the last mark on the page, for a fresh content script. */
  requestToMarksMs: number;
  marks: number;
  /** Of the request's time: injecting content.js (parse and run; the weights stay in the background). */
  injectMs: number;
  /** Of the request's time: the highlight request's round trip (structure in the page, the story read by the background, marks). */
  highlightRequestMs: number;
  /** The longest task on the page's main thread during the flow, 0 when none reached 50 ms. */
  longestTaskMs: number;
}

type PageWindow = typeof globalThis & {
  __flow: { first: number | null; last: number | null; count: number; longTasks: number[] };
};

/** Watches the page for our marks and for long tasks, in the page's own world, with the page's clock. */
function watchMarks(page: Page) {
  return page.evaluate(() => {
    const flow = { first: null as number | null, last: null as number | null, count: 0, longTasks: [] as number[] };
    (globalThis as unknown as PageWindow).__flow = flow;
    new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node.nodeName !== 'NEWSLENS-MARK') continue;
          const at = performance.now();
          flow.first ??= at;
          flow.last = at;
          flow.count++;
        }
      }
    }).observe(document.body, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) flow.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

/** Waits until marks are on the page and none has been added for a while; returns the page's record. */
async function settledMarks(page: Page, quietMs = 400, timeout = 20_000) {
  const deadline = Date.now() + timeout;
  let seen = -1;
  for (;;) {
    const flow = await page.evaluate(() => {
      const f = (globalThis as unknown as PageWindow).__flow;
      return { ...f, marksNow: document.querySelectorAll('newslens-mark').length, now: performance.now() };
    });
    if (flow.last !== null && flow.count === seen && flow.now - flow.last > quietMs) return flow;
    seen = flow.count;
    if (Date.now() > deadline) throw new Error('no highlights appeared on the page');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * One toolbar click on a fresh tab, then the popup's own request after a teardown. `stopBackground`: the browser
 * stops the extension's service worker first (CDP), as it does after 30 s idle, so the click starts it again.
 * `closeReader`: the reader's document is closed first, as after 15 minutes without a reading.
 */
export async function timeExtensionFlow(browser: Browser, extensionId: string, url: string, options: { stopBackground?: boolean; closeReader?: boolean } = {}): Promise<FlowTiming> {
  const page = await browser.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (options.closeReader) await closeReaderDocument(browser, extensionId);
  if (options.stopBackground) {
    const session = await page.createCDPSession();
    await session.send('ServiceWorker.enable');
    await session.send('ServiceWorker.stopAllWorkers');
    await session.detach();
    // Stopping is asynchronous: wait until the worker's target is gone.
    const deadline = Date.now() + 5000;
    while (browser.targets().some((target) => target.type() === 'service_worker' && target.url().startsWith(`chrome-extension://${extensionId}/`)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  await watchMarks(page);
  await page.bringToFront();
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error('extension not installed');
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  const earlier = new Set(browser.targets().filter((target) => target.url() === popupUrl));
  const opened = browser.waitForTarget((target) => target.url() === popupUrl && !earlier.has(target), { timeout: 15_000 });
  const clickAt = await page.evaluate(() => performance.now());
  await page.triggerExtensionAction(extension);
  const clicked = await settledMarks(page);
  const popup = (await (await opened).asPage())!;
  // The popup's first paint with content, on the page's clock (both clocks are the same wall clock, from their origins).
  const popupPaintEpoch = await popup.evaluate(async () => {
    for (let i = 0; i < 100 && performance.getEntriesByName('first-contentful-paint').length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
    const [paint] = performance.getEntriesByName('first-contentful-paint');
    return paint ? performance.timeOrigin + paint.startTime : null;
  });
  const clickEpoch = (await page.evaluate(() => performance.timeOrigin)) + clickAt;

  // A fresh content script in a page read before (the extension's world there persists): the popup tears the session down, then injects and asks again, as Firefox's popup does.
  await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab!.id!, { newslens: 1, method: 'teardown', args: {} });
  });
  await page.waitForFunction(() => document.querySelectorAll('newslens-mark').length === 0);
  await watchMarks(page);
  const request = await popup.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const start = performance.now();
    await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['content.js'] });
    const injected = performance.now();
    await chrome.tabs.sendMessage(tab!.id!, { newslens: 1, method: 'highlight', args: {} });
    const answered = performance.now();
    return { startEpoch: performance.timeOrigin + start, injectMs: injected - start, highlightRequestMs: answered - injected };
  });
  const requested = await settledMarks(page);
  const pageOrigin = await page.evaluate(() => performance.timeOrigin);
  await popup.close();
  await page.close();
  return {
    clickToMarksMs: clicked.last! - clickAt,
    clickToPopupPaintMs: popupPaintEpoch === null ? null : popupPaintEpoch - clickEpoch,
    requestToMarksMs: pageOrigin + requested.last! - request.startEpoch,
    injectMs: request.injectMs,
    highlightRequestMs: request.highlightRequestMs,
    marks: requested.marksNow,
    longestTaskMs: Math.max(0, ...clicked.longTasks, ...requested.longTasks),
  };
}
