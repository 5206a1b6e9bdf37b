// Firefox ESR with the built extension as a temporary add-on, driven by puppeteer-core over WebDriver BiDi.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Pinned so the extension's pages have a known address (moz-extension://UUID/...). */
export const FIREFOX_EXTENSION_UUID = '5f2a3c1e-7b4d-4e8a-9c6f-0d1e2f3a4b5c';

export async function launchFirefoxWithExtension(executablePath: string, extensionDir: string, extraPrefs: Record<string, unknown> = {}): Promise<Browser> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const geckoId: string = manifest.browser_specific_settings.gecko.id;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Without it Firefox refuses to let the driver navigate to moz-extension:// pages.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_EXTENSION_UUID }),
      // Accepts optional-permission requests without the doorhanger a headless browser cannot show.
      // The request still has to come from a real click (Firefox checks for user input).
      'extensions.webextOptionalPermissionPrompts': false,
      ...extraPrefs,
    },
  });
  try {
    await browser.installExtension(extensionDir);
    return browser;
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export function extensionUrl(path: string): string {
  return `moz-extension://${FIREFOX_EXTENSION_UUID}/${path}`;
}

/**
 * Under BiDi `page.goto('moz-extension://…')` never resolves although the page loads, so start
 * the navigation and poll until the page is there (its context may be replaced meanwhile).
 */
export async function openExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const loaded = await page
      .evaluate((expected) => location.href === expected && document.readyState === 'complete', url)
      .catch(() => false);
    if (loaded) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${url} did not load within ${timeout} ms`);
}

/**
 * Asks for the optional host permission of 127.0.0.1 from an extension page, as "Always annotate on this site" does: a
 * permission request needs a user gesture, so a button is added to the page and clicked. Resolves to "true" when granted,
 * "false" when refused, or the error's message.
 */
export async function grantLocalSite(page: Page): Promise<string | undefined> {
  await page.evaluate(() => {
    const grant = document.createElement('button');
    grant.id = 'grant';
    grant.textContent = 'Allow 127.0.0.1';
    grant.addEventListener('click', () => {
      browser.permissions.request({ origins: ['http://127.0.0.1/*'] })
        .then((granted) => { grant.dataset.result = String(granted); }, (error: Error) => { grant.dataset.result = error.message; });
    });
    document.body.prepend(grant);
  });
  await page.click('#grant');
  await page.waitForSelector('#grant[data-result]');
  return page.$eval('#grant', (el) => (el as HTMLElement).dataset.result);
}
