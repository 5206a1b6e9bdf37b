// Builds the extension for Chrome (dist/chrome) and Firefox (dist/firefox) from one manifest, and the CLI (dist/cli.js).
import { build } from 'esbuild';
import { cp, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { manifestFor } from './lib/manifest.mjs';
import { packedNerModel } from './lib/ner-model.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const BROWSERS = ['chrome', 'firefox'];

// Chromium's background is a service worker, which the browser stops after 30 s idle: it takes the clicks and passes
// the pages to the reader in an offscreen document that outlives it (background/reader-document.ts). Firefox's is an
// event page that holds the reader itself. The rest is the same code; lib/manifest.mjs derives the two manifests.
const EXTENSION_ENTRIES = {
  chrome: { background: 'background/service-worker-main.ts', reader: 'background/reader-document-main.ts' },
  firefox: { background: 'background/event-page-main.ts' },
};
const SHARED_ENTRIES = {
  content: 'content/main.ts',
  popup: 'popup/main.tsx',
  options: 'options/main.tsx',
};
const STATIC_FILES = [
  ['popup/popup.html', 'popup.html'], ['popup/popup.css', 'popup.css'],
  ['options/options.html', 'options.html'], ['options/options.css', 'options.css'],
];
const ICON_SIZES = [16, 32, 48, 128];

/**
 * linkedom parses a <style> element's CSS (cssomnom) only when something reads its `sheet`, which Newslens never does:
 * the reader looks at markup and text. Left in, cssomnom's top level (a CSS object model, 190 KB) runs every time the
 * background starts, about a third of linkedom's start-up, on the path of a toolbar click that wakes the background.
 */
const noStyleSheetParser = {
  name: 'no-style-sheet-parser',
  setup(plugin) {
    plugin.onResolve({ filter: /^cssomnom\/parse$/ }, () => ({ path: 'cssomnom/parse', namespace: 'no-style-sheet-parser' }));
    plugin.onLoad({ filter: /.*/, namespace: 'no-style-sheet-parser' }, () => ({
      contents: "export function parse() { throw new Error('newslens: the extension does not parse style sheets (<style>.sheet)'); }",
      loader: 'js',
    }));
  },
};

/** Chromium's reader's document: no content of its own, only its scripts, in order. */
function readerDocumentHtml(scripts) {
  const tags = scripts.map((script) => `  <script src="${script}"></script>`).join('\n');
  return `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Newslens reader</title>\n${tags}\n</head>\n</html>\n`;
}

async function buildExtension(browser, nerModel) {
  const out = join(dist, browser);
  const entries = { ...EXTENSION_ENTRIES[browser], ...SHARED_ENTRIES };
  await rm(out, { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: entries,
    outdir: out,
    bundle: true,
    minify: true,
    format: 'iife',
    target: browser === 'chrome' ? 'chrome120' : 'firefox140',
    legalComments: 'none',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
    // The name lists come in name-lists.js, injected before it, not inside content.js.
    plugins: [nerModel.gazetteerPlugin, noStyleSheetParser],
  });
  for (const [from, to] of STATIC_FILES) await cp(join(root, from), join(out, to));
  // Every UI string and the manifest's __MSG_*__ names come from here (browser.i18n).
  await cp(join(root, '_locales'), join(out, '_locales'), { recursive: true });
  // The name lists are a script of their own, loaded before the reader's; the tagger's weights are a file it fetches.
  for (const script of nerModel.scripts) await writeFile(join(out, script.name), script.text);
  await writeFile(join(out, nerModel.modelFile), nerModel.bytes);
  if (entries.reader) await writeFile(join(out, nerModel.readerDocument), readerDocumentHtml([...nerModel.nameListScripts, 'reader.js']));
  await mkdir(join(out, 'icons'), { recursive: true });
  for (const size of ICON_SIZES) await cp(join(root, `icons/icon-${size}.png`), join(out, `icons/icon-${size}.png`));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(join(root, 'manifest.json'), 'utf8'));
  await writeFile(join(out, 'manifest.json'), JSON.stringify(manifestFor(browser, manifest, pkg.version, { nameListScripts: nerModel.nameListScripts }), null, 2) + '\n');
  return [...Object.keys(entries).map((name) => join(out, `${name}.js`)), ...nerModel.scripts.map((script) => join(out, script.name)), join(out, nerModel.modelFile)];
}

/** The CLI is a Node program over the same src/; everything is bundled so dist/cli.js runs on its own. */
async function buildCli(nerModel) {
  const outfile = join(dist, 'cli.js');
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outfile,
    bundle: true,
    minify: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    // Some bundled dependencies are CommonJS and call require() for Node built-ins.
    banner: { js: "import { createRequire as __newslensRequire } from 'node:module'; const require = __newslensRequire(import.meta.url);" },
    // linkedom mentions the optional 'canvas' package; Newslens never draws, so it stays out.
    external: ['canvas'],
  });
  // The CLI reads the packed weights from beside itself on first use (cli/shipped-tagger.ts).
  await writeFile(join(dist, 'ner-model.bin'), nerModel.bytes);
  return [outfile, join(dist, 'ner-model.bin')];
}

async function sizeLine(file) {
  const { size } = await stat(file);
  return `  ${relative(root, file).padEnd(28)} ${(size / 1024).toFixed(1).padStart(7)} KB`;
}

const started = performance.now();
const outputs = [];
const nerModel = await packedNerModel(root);
for (const browser of BROWSERS) outputs.push(...(await buildExtension(browser, nerModel)));
outputs.push(...(await buildCli(nerModel)));
console.log(`build: dist/chrome, dist/firefox and dist/cli.js in ${Math.round(performance.now() - started)} ms`);
for (const file of outputs) console.log(await sizeLine(file));
