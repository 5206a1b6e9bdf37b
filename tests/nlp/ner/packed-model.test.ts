// The packed weights the extension and CLI ship expand to exactly the model the JSON form loads, and bad bytes fail clearly.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compactModel, loadModel, type StoredModel } from '../../../src/nlp/ner/model';
import { packModel, unpackModel } from '../../../src/nlp/ner/packed-model';

const shipped = JSON.parse(readFileSync(new URL('../../../src/nlp/ner/model.json', import.meta.url), 'utf8')) as StoredModel;

/** Index of the first entry where two arrays differ (a length mismatch counts at the shorter length); -1 when equal. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (!Object.is(a[i], b[i])) return i;
  return a.length === b.length ? -1 : n;
}

describe('packModel / unpackModel', () => {
  it('round-trips the shipped model to the same rows, weights and transitions as loadModel', () => {
    const bytes = packModel(shipped);
    // One byte per weight plus a byte or so per row: far below the JSON text.
    expect(bytes.length).toBeLessThan(shipped.weights.length + shipped.rows.length * 3 + 10_000);
    const packed = unpackModel(bytes);
    const json = loadModel(shipped);
    expect(packed.tags).toEqual(json.tags);
    expect(packed.decoder).toBe(json.decoder);
    expect(packed.bits).toBe(json.bits);
    expect(packed.twoPass).toBe(json.twoPass);
    // Element by element in a loop: toEqual on a million-entry array takes most of the test's time limit on a busy machine.
    expect(firstDifference(packed.weightsByFeature, json.weightsByFeature)).toBe(-1);
    expect(firstDifference(packed.transitions, json.transitions)).toBe(-1);
  });

  it('keeps row gaps of any size (varints) on a small model', () => {
    const tags = ['O', 'B-PER', 'I-PER'];
    const dense = new Float64Array((1 << 16) * tags.length);
    for (const feature of [0, 1, 200, 20_000, 65_535]) dense[feature * tags.length + 1] = feature % 7 === 0 ? -3 : 5;
    const stored = compactModel(dense, new Float64Array((tags.length + 1) * tags.length).fill(1), { bits: 16, tags, decoder: 'viterbi' });
    const model = unpackModel(packModel(stored));
    for (const feature of [0, 1, 200, 20_000, 65_535]) expect(Math.sign(model.weightsByFeature[feature * tags.length + 1] ?? 0)).toBe(feature % 7 === 0 ? -1 : 1);
    expect(model.weightsByFeature[2 * tags.length + 1]).toBe(0);
    expect(firstDifference(model.weightsByFeature, loadModel(stored).weightsByFeature)).toBe(-1);
  });

  it('rejects bytes that are not a packed model, naming why', () => {
    expect(() => unpackModel(new Uint8Array())).toThrow(/not a packed model \(no signature\)/);
    expect(() => unpackModel(new TextEncoder().encode('{"format":"newslens-ner/1"}'))).toThrow(/no signature/);
    const bytes = packModel(shipped);
    expect(() => unpackModel(bytes.subarray(0, bytes.length - 1))).toThrow(/wrong length/);
  });

  it('refuses weights that do not fit a signed byte', () => {
    expect(() => packModel({ ...shipped, weights: [300, ...shipped.weights.slice(1)] })).toThrow(/does not fit/);
  });
});
