// Packs src/nlp/ner/model.json into the bytes the extension's reader and the CLI read, and the name lists into the script the reader loads.
import { build } from 'esbuild';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/**
 * The shipped model as packed bytes (the file NER_MODEL_FILE), the script the extension's background loads before
 * its own, and the build plugin that keeps the name lists out of the bundles. The packer and the names in src/injected-scripts.ts are
 * TypeScript, so esbuild compiles them for this one call.
 */
export async function packedNerModel(root) {
  const compiled = await build({
    absWorkingDir: root,
    stdin: {
      contents:
        "export { packModel } from './src/nlp/ner/packed-model';\n" +
        "export { GAZETTEER_GLOBAL, NAME_LIST_SCRIPTS, NER_MODEL_FILE, READER_DOCUMENT } from './src/injected-scripts';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
  });
  const code = compiled.outputFiles[0].text;
  const { packModel, GAZETTEER_GLOBAL, NAME_LIST_SCRIPTS, NER_MODEL_FILE, READER_DOCUMENT } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const stored = JSON.parse(await readFile(join(root, 'src/nlp/ner/model.json'), 'utf8'));
  const bytes = packModel(stored);
  const lists = await gazetteerLists(root);
  const listsGlobal = `globalThis[Symbol.for(${JSON.stringify(GAZETTEER_GLOBAL)})]`;
  return {
    bytes,
    /** The weights' file name in the extension (the CLI's is beside dist/cli.js). */
    modelFile: NER_MODEL_FILE,
    /**
     * The scripts the reader loads before its own (reader.js in Chromium's document, background.js in Firefox), by the
     * names NAME_LIST_SCRIPTS gives them: name-lists.js, the name lists (through JSON.parse, which V8 reads faster than
     * an object literal) under the registry symbol the reader's script reads.
     */
    scripts: [{ name: NAME_LIST_SCRIPTS[0], text: `${listsGlobal}=JSON.parse(${JSON.stringify(JSON.stringify(lists))});\n` }],
    /** The file names: the scripts above, for Firefox's manifest, and Chromium's reader's document, which loads them before reader.js. */
    nameListScripts: [...NAME_LIST_SCRIPTS],
    readerDocument: READER_DOCUMENT,
    /** An esbuild plugin for the extension: each list is read from that global instead of being bundled. */
    gazetteerPlugin: {
      name: 'gazetteer-from-injected-script',
      setup(plugin) {
        plugin.onLoad({ filter: /[\\/]src[\\/]nlp[\\/]gazetteer[\\/][^\\/]+\.json$/ }, (args) => {
          const name = basename(args.path);
          // Without name-lists.js the lists are empty but of the right shape: the rules still run and never throw.
          const empty = Array.isArray(lists[name]) ? '[]' : '{}';
          return { contents: `export default (${listsGlobal} ?? {})[${JSON.stringify(name)}] ?? ${empty};`, loader: 'js' };
        });
      },
    },
  };
}

/** Every list in src/nlp/gazetteer, by file name. */
async function gazetteerLists(root) {
  const folder = join(root, 'src/nlp/gazetteer');
  const lists = {};
  for (const file of (await readdir(folder)).filter((name) => name.endsWith('.json')).sort()) {
    lists[file] = JSON.parse(await readFile(join(folder, file), 'utf8'));
  }
  return lists;
}
