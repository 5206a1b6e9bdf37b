// The background's story reader: one tagger for every page, got ready once, and requests checked as data from a page.
import { describe, expect, it, vi } from 'vitest';
import { createStoryReader } from '../../background/story-reader';
import { emptyArticle, type Block } from '../../src/analysis';
import { MAX_PAGE_HTML } from '../../background/story-reader';
import { backgroundRequest, request } from '../../src/messages';
import { tagDocument } from '../../src/nlp/ner';

/** An invented page: its body paragraphs are BLOCKS. */
const pageOf = (paragraphs: string[]) => `<html><head><title>Talks in Moscow</title></head><body><article><h1>Talks in Moscow</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article></body></html>`;

const BLOCKS: Block[] = [
  { kind: 'paragraph', text: 'Foreign Minister Sergey Lavrov met Sun Weidong in Moscow on Monday, the ministry said.' },
  { kind: 'paragraph', text: '"We are partners," Lavrov told reporters.' },
];

describe('createStoryReader', () => {
  it('unpacks the tagger once, on prepare or on the first request, however many pages ask', async () => {
    const load = vi.fn(() => tagDocument);
    const reader = createStoryReader(load);
    expect(load).not.toHaveBeenCalled();
    expect(await reader.handle(backgroundRequest('prepare', {}))).toEqual({ ok: true, value: { prepared: true } });
    await reader.prepare();
    await reader.handle(backgroundRequest('readPage', { html: pageOf(BLOCKS.map((block) => block.text)), url: 'https://news.example/a' }));
    expect(load).toHaveBeenCalledTimes(1);
    const lazy = vi.fn(() => tagDocument);
    await createStoryReader(lazy).handle(backgroundRequest('readPage', { html: pageOf(BLOCKS.map((block) => block.text)), url: 'https://news.example/a' }));
    expect(lazy).toHaveBeenCalledTimes(1);
  });

  it('gets ready a step per task, and leaves the steps still to come to a page that arrives meanwhile', async () => {
    const html = pageOf(BLOCKS.map((block) => block.text));
    const read: string[][][] = [];
    const spy: typeof tagDocument = (sentences) => (read.push(sentences.map((words) => [...words])), tagDocument(sentences));
    const alone = createStoryReader(() => spy);
    await alone.prepare();
    // Alone, it warms the entity layer on its invented sentence, then reads a whole invented page.
    expect(read.flat(2)).toContain('Okafor');
    expect(read.flat(2)).toContain('Mombasa');
    read.length = 0;
    const interrupted = createStoryReader(() => spy);
    const preparing = interrupted.prepare();
    const reading = await interrupted.handle(backgroundRequest('readPage', { html, url: null }));
    await preparing;
    expect(reading).toMatchObject({ ok: true });
    expect(read.flat(2)).toContain('Lavrov');
    expect(read.flat(2)).not.toContain('Okafor');
    expect(read.flat(2)).not.toContain('Mombasa');
  });

  it('waits for weights still on their way, and reads by rules alone, with a warning, when they never come', async () => {
    const html = pageOf(BLOCKS.map((block) => block.text));
    let arrive = (_tagger: typeof tagDocument) => {};
    const later = createStoryReader(() => new Promise((resolve) => (arrive = resolve)));
    const reading = later.handle(backgroundRequest('readPage', { html, url: null }));
    const prepared = later.prepare();
    arrive(tagDocument);
    await prepared;
    const withTagger = await reading;
    expect(withTagger).toEqual(await createStoryReader(() => tagDocument).handle(backgroundRequest('readPage', { html, url: null })));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const failed = await createStoryReader(() => Promise.reject(new Error('no file'))).handle(backgroundRequest('readPage', { html, url: null }));
    expect(failed).toEqual(await createStoryReader(() => null).handle(backgroundRequest('readPage', { html, url: null })));
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
  });

  it('reads the page\'s structure and entities, then the quotes and facts that rest on them', async () => {
    const reader = createStoryReader(() => tagDocument);
    const read = await reader.handle(backgroundRequest('readPage', { html: pageOf(BLOCKS.map((block) => block.text)), url: 'https://news.example/a' }));
    expect(read?.ok).toBe(true);
    const { page, entities: found } = (read as { value: { page: { article: { title: string }; blocks: Block[] }; entities: { id: string; name: string; type: string }[] } }).value;
    expect(page.article.title).toBe('Talks in Moscow');
    expect(page.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text)).toEqual(BLOCKS.map((block) => block.text));
    expect(found).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Sergey Lavrov', type: 'person' }), expect.objectContaining({ name: 'Moscow', type: 'place' })]));
    const rest = await reader.handle(backgroundRequest('readAfterEntities', { blocks: BLOCKS, article: { ...emptyArticle(), publishedAt: '2024-02-28' }, entities: found as never }));
    const lavrov = found.find((entity) => entity.name === 'Sergey Lavrov')!.id;
    expect(rest).toMatchObject({ ok: true, value: { times: [expect.objectContaining({ value: '2024-02-26' })] } });
    expect((rest as { value: { quotes: unknown[] } }).value.quotes).toContainEqual(expect.objectContaining({ kind: 'direct', text: 'We are partners', speaker: lavrov }));
  });

  it('leaves other messages to other listeners and answers bad requests with an error naming what is wrong', async () => {
    const reader = createStoryReader(() => null);
    expect(reader.handle(request('ping', {}))).toBeUndefined();
    expect(reader.handle({ hello: 'world' })).toBeUndefined();
    expect(await reader.handle({ ...backgroundRequest('prepare', {}), method: 'toString' })).toEqual({ ok: false, error: 'Unknown method: toString' });
    expect(await reader.handle(backgroundRequest('readPage', { html: 5 as never, url: null }))).toEqual({ ok: false, error: 'readPage: html must be a string' });
    expect(await reader.handle(backgroundRequest('readPage', { html: 'x'.repeat(MAX_PAGE_HTML + 1), url: null }))).toMatchObject({ ok: false, error: expect.stringContaining('over the') });
    // Not a page at all, or a broken one: read as what it is, never a throw.
    expect(await reader.handle(backgroundRequest('readPage', { html: '<<<>>> <p>unclosed', url: 'javascript:alert(1)' }))).toMatchObject({ ok: true });
    expect(await reader.handle(backgroundRequest('readAfterEntities', { blocks: 'not blocks' as never, article: emptyArticle(), entities: [] }))).toEqual({ ok: false, error: "the request's blocks must be an array of { kind, text }" });
    expect(await reader.handle(backgroundRequest('readAfterEntities', { blocks: [{ kind: 'paragraph', text: 5 }] as never, article: emptyArticle(), entities: [] }))).toMatchObject({ ok: false });
    expect(await reader.handle(backgroundRequest('readAfterEntities', { blocks: BLOCKS, article: emptyArticle(), entities: null as never }))).toEqual({ ok: false, error: 'readAfterEntities: entities must be an array' });
  });

  it('with yieldNow, hands control back between slices of the structure and the entities, with the same reading', async () => {
    const html = pageOf(Array.from({ length: 300 }, (_, i) => `${BLOCKS[i % 2]!.text} Paragraph ${i}.`));
    let yields = 0;
    const sliced = createStoryReader(() => tagDocument, { yieldNow: async () => void yields++ });
    const plain = createStoryReader(() => tagDocument);
    const [a, b] = [await sliced.handle(backgroundRequest('readPage', { html, url: null })), await plain.handle(backgroundRequest('readPage', { html, url: null }))];
    expect(a).toEqual(b);
    expect((a as { value: { entities: unknown[] } }).value.entities.length).toBeGreaterThan(2);
    expect(yields).toBeGreaterThan(0);
  });
});
