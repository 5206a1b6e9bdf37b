// Packs src/nlp/ner/model.json into the bytes the extension and the CLI ship (src/nlp/ner/packed-model.ts does the packing).
import { build } from 'esbuild';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * The shipped model as packed bytes, and the injected-script names and global key from src/injected-scripts.ts.
 * The packer and those names are TypeScript, so esbuild compiles them for this one call.
 */
export async function packedNerModel(root) {
  const compiled = await build({
    absWorkingDir: root,
    stdin: {
      contents: "export { packModel } from './src/nlp/ner/packed-model';\nexport { INJECTED_SCRIPTS, NER_MODEL_GLOBAL } from './src/injected-scripts';",
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
  const { packModel, INJECTED_SCRIPTS, NER_MODEL_GLOBAL } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  const stored = JSON.parse(await readFile(join(root, 'src/nlp/ner/model.json'), 'utf8'));
  const bytes = packModel(stored);
  return {
    bytes,
    /** The name the extension injects it under (the first of INJECTED_SCRIPTS). */
    scriptName: INJECTED_SCRIPTS[0],
    /** ner-model.js: leaves the packed weights as base64 under the registry symbol content.js reads. */
    script: `globalThis[Symbol.for(${JSON.stringify(NER_MODEL_GLOBAL)})]=${JSON.stringify(Buffer.from(bytes).toString('base64'))};\n`,
  };
}
