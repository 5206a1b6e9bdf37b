// The shipped entity tagger for the CLI: the packed weights beside dist/cli.js, or model.json when run from source.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DocumentTagger } from '../src/nlp/entities/find-entities';
import { loadModel, type StoredModel } from '../src/nlp/ner/model';
import { unpackModel } from '../src/nlp/ner/packed-model';
import { createTagger } from '../src/nlp/ner/tagger';

/**
 * Reads the weights once. dist/cli.js finds dist/ner-model.bin (written by the build) next to itself; under tsx
 * (cli/*.ts) there is none, and the trained src/nlp/ner/model.json is read instead. Throws naming the file when
 * neither can be read.
 */
export function loadShippedTagger(): DocumentTagger {
  const packed = fileURLToPath(new URL('./ner-model.bin', import.meta.url));
  const source = fileURLToPath(new URL('../src/nlp/ner/model.json', import.meta.url));
  const path = existsSync(packed) ? packed : source;
  try {
    const model = path === packed
      ? unpackModel(new Uint8Array(readFileSync(path)))
      : loadModel(JSON.parse(readFileSync(path, 'utf8')) as StoredModel);
    const tagger = createTagger(model);
    return (sentences) => tagger.tagDocument(sentences);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`the entity model ${path} could not be read (${reason}); run \`npm run build\``);
  }
}
