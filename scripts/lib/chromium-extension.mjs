// Chromium with the built extension loaded, and its real toolbar popup opened on a tab (demo and e2e).
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from './browsers.mjs';

/** Launches Chromium and installs the unpacked extension over CDP; the id depends on the folder's path. */
export async function launchWithExtension({ executablePath, extensionDir, headless = true, viewport = { width: 1280, height: 900 }, extraArgs = [] }) {
  const browser = await puppeteer.launch({
    executablePath,
    headless,
    // Extensions.loadUnpacked and Extensions.triggerAction are only offered over the pipe transport.
    enableExtensions: true,
    pipe: true,
    defaultViewport: viewport,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  try {
    const extensionId = await browser.installExtension(extensionDir);
    return { browser, extensionId };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/**
 * Clicks the toolbar button for `page` the way a user does (CDP Extensions.triggerAction), which
 * also grants activeTab for that tab, and returns the popup that opens.
 */
export async function openToolbarPopup(browser, extensionId, page, timeout = 15_000) {
  await page.bringToFront();
  const extension = (await browser.extensions()).get(extensionId);
  if (!extension) throw new Error(`Extension ${extensionId} is not installed`);
  const popupUrl = `chrome-extension://${extensionId}/popup.html`;
  // A popup closed a moment ago can still be listed; only a popup that opens after the click counts.
  const earlier = new Set(browser.targets().filter((target) => target.url() === popupUrl));
  const opened = browser.waitForTarget((target) => target.url() === popupUrl && !earlier.has(target), { timeout });
  await page.triggerExtensionAction(extension);
  const target = await opened;
  const popup = await target.asPage();
  if (!popup) throw new Error('The popup opened but has no page');
  return popup;
}

/** Waits until the popup shows either the analysis or its message, and returns what it shows. */
export async function waitForPopupContent(popup, timeout = 15_000) {
  await popup.waitForSelector('.analysis, .message', { timeout });
  return popup.evaluate(() => document.body.innerText);
}

/** The address of the reader's offscreen document (background/reader-document.ts; READER_DOCUMENT in src/injected-scripts.ts). */
export function readerDocumentUrl(extensionId) {
  return `chrome-extension://${extensionId}/reader.html`;
}

/** The reader's offscreen document as a page, once the extension has opened it. */
export async function readerDocumentPage(browser, extensionId, timeout = 15_000) {
  const target = await browser.waitForTarget((candidate) => candidate.url() === readerDocumentUrl(extensionId), { timeout });
  return target.asPage();
}

/** Closes the reader's document as it closes itself after READER_IDLE_MS without a request, and waits until it is gone. */
export async function closeReaderDocument(browser, extensionId, timeout = 5_000) {
  const isReader = (target) => target.url() === readerDocumentUrl(extensionId);
  const reader = browser.targets().find(isReader);
  if (!reader) return;
  // The page goes as it runs this: no answer is expected.
  void (await reader.asPage()).evaluate(() => window.close()).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while (browser.targets().some(isReader)) {
    if (Date.now() > deadline) throw new Error('the reader\'s document did not close');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
