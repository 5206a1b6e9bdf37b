// The screenshots of `npm start`: the sample page in Chromium with the extension, and its toolbar popup.
import { join } from 'node:path';
import { launchWithExtension, openToolbarPopup, waitForPopupContent } from './chromium-extension.mjs';
import { serveFiles } from './serve.mjs';

const SAMPLE_ROUTE = '/world/china-calls-for-closer-beijing-moscow-coordination.html';

export async function captureDemo({ executablePath, extensionDir, samplePath, outDir, headless }) {
  const server = await serveFiles({ [SAMPLE_ROUTE]: samplePath });
  let browser;
  try {
    ({ browser } = await launchWithExtension({ executablePath, extensionDir, headless, viewport: { width: 1280, height: 900 } }));
  } catch (error) {
    await server.close();
    throw error;
  }
  const close = async () => {
    if (browser.connected) await browser.close();
    await server.close();
  };
  try {
    const extensionId = (await launchInfo(browser)).id;
    const page = await browser.newPage();
    await page.goto(server.origin + SAMPLE_ROUTE, { waitUntil: 'domcontentloaded' });
    const popup = await openToolbarPopup(browser, extensionId, page);
    const shown = await waitForPopupContent(popup);
    const pageShot = join(outDir, 'page.png');
    const popupShot = join(outDir, 'popup.png');
    await page.screenshot({ path: pageShot });
    // The popup sizes itself to its content; capture exactly the card.
    const card = await popup.$('main');
    await (card ?? popup).screenshot({ path: popupShot });
    return {
      screenshots: [pageShot, popupShot],
      popupSummary: shown.replace(/\s*\n+\s*/g, ' | ').trim(),
      untilClosed: () => new Promise((resolve) => browser.once('disconnected', resolve)),
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The one extension the demo installed. */
async function launchInfo(browser) {
  const [extension] = (await browser.extensions()).values();
  if (!extension) throw new Error('The extension did not install');
  return extension;
}
