// The extension's tagger takes the weights that ner-model.js left in the global scope, once, and copes without them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NER_MODEL_GLOBAL } from '../../../src/injected-scripts';
import type { StoredModel } from '../../../src/nlp/ner/model';
import { packModel } from '../../../src/nlp/ner/packed-model';
import { entitySpans } from '../../../src/nlp/ner/tags';

const key = Symbol.for(NER_MODEL_GLOBAL);
const scope = globalThis as typeof globalThis & { [key: symbol]: unknown };
const shipped = JSON.parse(readFileSync(new URL('../../../src/nlp/ner/model.json', import.meta.url), 'utf8')) as StoredModel;

/** A fresh module each time: the tagger is memoised per content-script lifetime. */
async function freshShippedTagger() {
  vi.resetModules();
  return (await import('../../../src/nlp/ner/shipped-tagger')).shippedTagger;
}

afterEach(() => {
  delete scope[key];
  vi.restoreAllMocks();
});

describe('shippedTagger', () => {
  it('unpacks the base64 weights, tags names, and frees the string', async () => {
    scope[key] = Buffer.from(packModel(shipped)).toString('base64');
    const shippedTagger = await freshShippedTagger();
    const tagger = shippedTagger();
    expect(tagger).not.toBeNull();
    const words = ['Vladimir', 'Putin', 'arrived', 'in', 'Moscow', '.'];
    expect(tagger!([words]).map((tags) => entitySpans(tags))).toEqual([[[0, 2, 'PER'], [4, 5, 'LOC']]]);
    expect(scope[key]).toBeUndefined();
    expect(shippedTagger()).toBe(tagger);
  });

  it('decodes the weights with the browser\'s Uint8Array.fromBase64 where there is one, to the same tagger', async () => {
    const withDecoder = Uint8Array as typeof Uint8Array & { fromBase64?: (text: string) => Uint8Array };
    const had = withDecoder.fromBase64;
    const decode = vi.fn((text: string) => new Uint8Array(Buffer.from(text, 'base64')));
    withDecoder.fromBase64 = decode;
    try {
      scope[key] = Buffer.from(packModel(shipped)).toString('base64');
      const tagger = (await freshShippedTagger())();
      expect(decode).toHaveBeenCalledTimes(1);
      expect(tagger!([['Vladimir', 'Putin', 'arrived', 'in', 'Moscow', '.']]).map((tags) => entitySpans(tags))).toEqual([[[0, 2, 'PER'], [4, 5, 'LOC']]]);
    } finally {
      if (had) withDecoder.fromBase64 = had;
      else delete withDecoder.fromBase64;
    }
  });

  it('is null when ner-model.js was not injected, and null with a warning for unreadable weights', async () => {
    expect((await freshShippedTagger())()).toBeNull();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    scope[key] = 'bm90IGEgbW9kZWw=';
    expect((await freshShippedTagger())()).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});
