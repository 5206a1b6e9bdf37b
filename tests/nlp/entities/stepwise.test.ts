// findEntitiesYielding: the entity layer in slices that yield, with exactly findEntities's entities.
import { describe, expect, it } from 'vitest';
import { documentTaggerOf, findEntities, findEntitiesYielding } from '../../../src/nlp/entities/find-entities';
import stored from '../../../src/nlp/ner/model.json';
import { loadModel, type StoredModel } from '../../../src/nlp/ner/model';
import { createTagger } from '../../../src/nlp/ner/tagger';
import { seedBlocks, seedCaption } from './seed-blocks';

const tagger = createTagger(loadModel(stored as StoredModel));
const blocks = [...seedBlocks(), { kind: 'caption' as const, text: seedCaption }];

describe('findEntitiesYielding', () => {
  it('finds the seed story’s entities exactly as findEntities does, yielding inside the tagger and between the rules', async () => {
    const whole = findEntities(blocks, (sentences) => tagger.tagDocument(sentences));
    expect(whole.length).toBeGreaterThan(10);
    let yields = 0;
    const sliced = await findEntitiesYielding(blocks, documentTaggerOf(tagger), async () => void yields++, { sliceMs: 0 });
    expect(sliced).toEqual(whole);
    // Every block, every sentence twice (two passes) and every rule is a step of its own.
    expect(yields).toBeGreaterThan(2 * blocks.length);
  });

  it('runs a tagger without steps as one step, and the rules alone, with the same result', async () => {
    const plain = (sentences: readonly (readonly string[])[]) => tagger.tagDocument(sentences);
    expect(await findEntitiesYielding(blocks, plain, async () => undefined, { sliceMs: 0 })).toEqual(findEntities(blocks, plain));
    const none = (sentences: readonly (readonly string[])[]) => sentences.map((words) => words.map(() => 'O'));
    expect(await findEntitiesYielding(blocks, none, async () => undefined, { sliceMs: 0 })).toEqual(findEntities(blocks, none));
  });

  it('keeps the reading budget: a cut story gives the same entities either way', async () => {
    const options = { maxChars: 600, maxTokens: 90 };
    const stepped = documentTaggerOf(tagger);
    const cut = findEntities(blocks, stepped, options);
    expect(await findEntitiesYielding(blocks, stepped, async () => undefined, { ...options, sliceMs: 0 })).toEqual(cut);
    expect(cut.length).toBeLessThan(findEntities(blocks, stepped).length);
  });
});
