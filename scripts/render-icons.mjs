// Renders icons/newslens.svg to the PNG icons (16, 32, 48, 128 px) with headless Chromium.
import puppeteer from 'puppeteer-core';
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath, CHROMIUM_ARGS } from './lib/browsers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = [16, 32, 48, 128];

const executablePath = chromiumPath();
if (!executablePath) {
  console.error('render-icons: Chromium is not installed (apt-get install chromium); the committed PNGs stay as they are.');
  process.exit(1);
}
const svg = await readFile(join(root, 'icons/newslens.svg'), 'utf8');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage();
  for (const size of SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    // The SVG is scaled by the browser itself, which anti-aliases each size from the vector source.
    const sized = svg.replace('width="128" height="128"', `width="${size}" height="${size}"`);
    await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
    const png = await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    await writeFile(join(root, `icons/icon-${size}.png`), png);
    console.log(`icons/icon-${size}.png`);
  }
} finally {
  await browser.close();
}
