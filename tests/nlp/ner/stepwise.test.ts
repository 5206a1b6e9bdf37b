// The tagger's steps (stepDocument) give exactly tagDocument's tags, run at once or in slices that yield.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import stored from '../../../src/nlp/ner/model.json';
import { loadModel, type StoredModel } from '../../../src/nlp/ner/model';
import { HEAVY_STEP, runSteps, runStepsYielding, type Steps } from '../../../src/steps';
import { createTagger } from '../../../src/nlp/ner/tagger';
import { tokenize } from '../../../src/nlp/tokenize';

const model = loadModel(stored as StoredModel);
const tagger = createTagger(model);
const text = readFileSync(new URL('../../fixtures/trtworld/copied.txt', import.meta.url), 'utf8');
// Every line of the copied page is a sentence of one document: headline, caption, body and related items.
const lines = text
  .split('\n')
  .filter((line) => line.trim())
  .map((line) => tokenize(line).map((token) => token.text));

describe('stepwise tagging', () => {
  it('gives tagDocument’s tags for a real multi-sentence document, at once and in yielding slices', async () => {
    expect(model.twoPass).toBe(true);
    expect(lines.length).toBeGreaterThan(20);
    const whole = tagger.tagDocument(lines);
    expect(whole.flat().filter((tag) => tag !== 'O').length).toBeGreaterThan(20);
    expect(runSteps(tagger.stepDocument(lines))).toEqual(whole);
    let yields = 0;
    // A slice of 0 ms yields at every step: one per sentence and pass at least.
    const sliced = await runStepsYielding(tagger.stepDocument(lines), async () => void yields++, { sliceMs: 0 });
    expect(sliced).toEqual(whole);
    expect(yields).toBeGreaterThanOrEqual(2 * lines.length);
  });

  it('gives the same tags for one sentence and for none', () => {
    expect(runSteps(tagger.stepDocument(lines.slice(0, 1)))).toEqual(tagger.tagDocument(lines.slice(0, 1)));
    expect(runSteps(tagger.stepDocument([]))).toEqual([]);
  });
});

describe('runStepsYielding', () => {
  function* counted(log: string[]): Steps<number> {
    log.push('a');
    yield;
    log.push('b');
    yield HEAVY_STEP;
    log.push('c');
    return 3;
  }

  it('yields only once a slice has run its time, and before a heavy step once anything ran', async () => {
    const log: string[] = [];
    // A long slice: the plain boundary does not yield; the heavy step does only if the slice ran 1 ms, so at most once.
    const result = await runStepsYielding(counted(log), async () => void log.push('yield'), { sliceMs: 10_000 });
    expect(result).toBe(3);
    expect(log.filter((entry) => entry !== 'yield')).toEqual(['a', 'b', 'c']);
    expect(log.filter((entry) => entry === 'yield').length).toBeLessThanOrEqual(1);
  });

  it('stops at a slice’s end when the signal is aborted', async () => {
    const controller = new AbortController();
    const run = runStepsYielding(counted([]), async () => controller.abort(new Error('stopped')), { sliceMs: 0, signal: controller.signal });
    await expect(run).rejects.toThrow('stopped');
  });
});
