// The extension's tagger is made from the packed weights the background fetched, and copes without them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StoredModel } from '../../../src/nlp/ner/model';
import { packModel } from '../../../src/nlp/ner/packed-model';
import { shippedTaggerFrom } from '../../../src/nlp/ner/shipped-tagger';
import { entitySpans } from '../../../src/nlp/ner/tags';

const shipped = JSON.parse(readFileSync(new URL('../../../src/nlp/ner/model.json', import.meta.url), 'utf8')) as StoredModel;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('shippedTaggerFrom', () => {
  it('unpacks the weights and tags names', () => {
    const tagger = shippedTaggerFrom(packModel(shipped));
    expect(tagger).not.toBeNull();
    const words = ['Vladimir', 'Putin', 'arrived', 'in', 'Moscow', '.'];
    expect(tagger!([words]).map((tags) => entitySpans(tags))).toEqual([[[0, 2, 'PER'], [4, 5, 'LOC']]]);
  });

  it('is null without weights, and null with a warning for bytes that are not a packed model', () => {
    expect(shippedTaggerFrom(null)).toBeNull();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(shippedTaggerFrom(new TextEncoder().encode('not a model'))).toBeNull();
    expect(warn).toHaveBeenCalledOnce();
  });
});
