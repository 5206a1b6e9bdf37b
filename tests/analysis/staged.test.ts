// @vitest-environment jsdom
// The staged analysis in the page: the same Analysis as analyzeDocument, its stages apart, the entities first.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/analysis';
import { analyzeDocument } from '../../src/analyze';
import { analyzeDocumentStaged } from '../../src/analysis-staged';
import { tagDocument } from '../../src/nlp/ner';
import { WARM_UP_BLOCKS } from '../../src/analysis-warm-up';
import { WARM_UP_PAGE_HTML } from '../../src/structure/warm-up-page';
import { extractStructure } from '../../src/structure/extract-structure';
import { documentTaggerOf, findEntities } from '../../src/nlp/entities/find-entities';
import stored from '../../src/nlp/ner/model.json';
import { loadModel, type StoredModel } from '../../src/nlp/ner/model';
import { createTagger } from '../../src/nlp/ner/tagger';

const SAMPLE = readFileSync(join(__dirname, '../../samples/trtworld-article.html'), 'utf8');
const URL_OF_PAGE = 'https://example.com/world/a-story';

function loadSample(): Document {
  return new DOMParser().parseFromString(SAMPLE, 'text/html');
}

const withoutTime = (analysis: Analysis) => ({ ...analysis, stats: { ...analysis.stats, ms: 0 } });

describe('analyzeDocumentStaged', () => {
  it('reads the sample page exactly as analyzeDocument does, with and without the tagger', async () => {
    const doc = loadSample();
    const whole = analyzeDocument(doc, { url: URL_OF_PAGE, tagger: tagDocument });
    const staged = await analyzeDocumentStaged(doc, { url: URL_OF_PAGE, loadTagger: () => tagDocument });
    expect(whole.entities.length).toBeGreaterThan(10);
    expect(whole.quotes.length).toBeGreaterThan(0);
    expect(withoutTime(staged)).toEqual(withoutTime(whole));
    const rulesOnly = await analyzeDocumentStaged(doc, { url: URL_OF_PAGE });
    expect(withoutTime(rulesOnly)).toEqual(withoutTime(analyzeDocument(doc, { url: URL_OF_PAGE })));
    const structure = await analyzeDocumentStaged(doc, { url: URL_OF_PAGE, structureOnly: true });
    expect(withoutTime(structure)).toEqual(withoutTime(analyzeDocument(doc, { url: URL_OF_PAGE, structureOnly: true })));
  });

  it('reads the entities in slices that yield inside their stage when given yieldNow, with the same result', async () => {
    const doc = loadSample();
    const stepped = documentTaggerOf(createTagger(loadModel(stored as StoredModel)));
    const events: string[] = [];
    const staged = await analyzeDocumentStaged(doc, {
      url: URL_OF_PAGE,
      loadTagger: () => stepped,
      pause: async () => void events.push('pause'),
      yieldNow: async () => void events.push('yield'),
      onEntities: () => events.push('entities'),
    });
    expect(withoutTime(staged)).toEqual(withoutTime(analyzeDocument(doc, { url: URL_OF_PAGE, tagger: tagDocument })));
    // The stages still pause six times; any yield falls inside the entity stage, before its pause.
    expect(events.filter((event) => event === 'pause').length).toBe(6);
    const entitiesAt = events.indexOf('entities');
    expect(events.slice(entitiesAt - 1, entitiesAt + 1)).toEqual(['pause', 'entities']);
    const yields = events.flatMap((event, i) => (event === 'yield' ? [i] : []));
    // After the structure's and the tagger's pauses, before the entity stage's.
    for (const at of yields) expect(events.slice(0, at).filter((event) => event === 'pause').length).toBe(2);
  });

  it('pauses between stages, loads the tagger in a stage of its own and hands over the entities before the rest', async () => {
    const doc = loadSample();
    const events: string[] = [];
    let partial: Analysis | null = null;
    const analysis = await analyzeDocumentStaged(doc, {
      url: URL_OF_PAGE,
      loadTagger: () => {
        events.push('tagger');
        return tagDocument;
      },
      pause: async () => {
        events.push('pause');
      },
      onEntities: (early) => {
        events.push('entities');
        partial = early;
      },
    });
    // structure, tagger, entities, times, quotes, facts: a pause after each.
    expect(events).toEqual(['pause', 'tagger', 'pause', 'pause', 'entities', 'pause', 'pause', 'pause']);
    expect(partial!.entities).toBe(analysis.entities);
    expect(partial!.blocks).toBe(analysis.blocks);
    expect(partial!.times).toEqual([]);
    expect(partial!.quotes).toEqual([]);
    expect(partial!.facts).toEqual([]);
    expect(analysis.times.length).toBeGreaterThan(0);
  });

  it('warms the structure layer, the name lists and the entity layer up in stages of their own when asked, with the same result', async () => {
    const doc = loadSample();
    let pauses = 0;
    let taggerCalls = 0;
    const countingTagger: typeof tagDocument = (sentences) => {
      taggerCalls++;
      return tagDocument(sentences);
    };
    const warmed = await analyzeDocumentStaged(doc, { url: URL_OF_PAGE, loadTagger: () => countingTagger, warmUp: true, pause: async () => void pauses++ });
    expect(pauses).toBe(11);
    // Once for the warm-up sentence, once for the page.
    expect(taggerCalls).toBe(2);
    expect(withoutTime(warmed)).toEqual(withoutTime(analyzeDocument(doc, { url: URL_OF_PAGE, tagger: tagDocument })));
  });

  it('warms up on material that goes through the layers as a story does, without touching the page', async () => {
    const doc = loadSample();
    const before = doc.documentElement.outerHTML;
    const page = extractStructure(new DOMParser().parseFromString(WARM_UP_PAGE_HTML, 'text/html'), null);
    expect(page.article.title).toBe('Harbour talks resume');
    expect(page.blocks.filter((block) => block.kind === 'paragraph').length).toBeGreaterThanOrEqual(3);
    expect(doc.documentElement.outerHTML).toBe(before);
    const names = findEntities(WARM_UP_BLOCKS, tagDocument).map((entity) => [entity.name, entity.type]);
    expect(names).toEqual(expect.arrayContaining([['Mara Okafor', 'person'], ['Nairobi', 'place']]));
  });

  it('stops at the next pause once its signal is aborted', async () => {
    const doc = loadSample();
    const controller = new AbortController();
    let stages = 0;
    const reading = analyzeDocumentStaged(doc, {
      url: URL_OF_PAGE,
      signal: controller.signal,
      loadTagger: () => tagDocument,
      pause: async () => {
        if (++stages === 2) controller.abort(new Error('torn down'));
      },
      onEntities: () => {
        throw new Error('the entity stage must not run after the abort');
      },
    });
    await expect(reading).rejects.toThrow('torn down');
    expect(stages).toBe(2);
  });
});
