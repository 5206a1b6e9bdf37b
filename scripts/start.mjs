// `npm start`: build both browsers, print the CLI's report on the sample page, then screenshot the extension on it in Chromium.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './lib/browsers.mjs';
import { captureDemo } from './lib/demo.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const SAMPLE = join(root, 'samples', 'trtworld-article.html');
const DEMO_DIR = join(root, 'dist', 'demo');
const keepOpen = process.argv.includes('--open');

function step(title) {
  console.log(`\n== ${title}`);
}

/** Runs a Node script with the output going straight to the terminal; returns whether it succeeded. */
function runNode(args) {
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  return result.status === 0;
}

let failed = false;

step('Building dist/chrome, dist/firefox and dist/cli.js');
if (!runNode([join(root, 'scripts', 'build.mjs')])) {
  console.error('start: the build failed; nothing else to do.');
  process.exit(1);
}

step(`Analysing ${relative(root, SAMPLE)} with the command line`);
const cli = join(root, 'dist', 'cli.js');
if (!runNode([cli, 'analyze', SAMPLE])) {
  console.error('start: the command line reported an error on the sample page.');
  failed = true;
}

step('The extension on the sample page');
const executablePath = chromiumPath();
if (!executablePath) {
  console.log('Chromium is not installed (apt-get install chromium), so the screenshots were skipped.');
} else {
  // A visible browser needs a display; without one, --open falls back to the headless run.
  const headful = keepOpen && Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (keepOpen && !headful) console.log('--open: there is no display here, so the browser runs headless.');
  await mkdir(DEMO_DIR, { recursive: true });
  try {
    const demo = await captureDemo({ executablePath, extensionDir: join(root, 'dist', 'chrome'), samplePath: SAMPLE, outDir: DEMO_DIR, headless: !headful });
    for (const file of demo.screenshots) console.log(`saved ${relative(root, file)}`);
    console.log(`The popup shows: ${demo.popupSummary}`);
    if (headful) {
      console.log('The browser stays open; close its window (or press Ctrl+C) to finish.');
      await demo.untilClosed();
    }
    await demo.close();
  } catch (error) {
    console.error(`start: the browser demo failed: ${error instanceof Error ? error.message : error}`);
    failed = true;
  }
}

process.exit(failed ? 1 : 0);
