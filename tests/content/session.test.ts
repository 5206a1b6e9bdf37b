// @vitest-environment jsdom
// The content script's side of the protocol: what it answers, what it caches, and how it ends.
import { describe, expect, it, vi } from 'vitest';
import { analyzeDocument } from '../../src/analyze';
import { request, type Request } from '../../src/messages';
import { startSession, type PageHighlighter, type SessionOptions } from '../../content/session';
import type { Analysis } from '../../src/analysis';
import type { MessageListener } from '../../content/browser-api';

const ARTICLE = `<!doctype html><html lang="en"><head><title>Sun meets Lavrov in Moscow</title></head><body>
<article><h1>Sun meets Lavrov in Moscow</h1>
<p>China's Vice Foreign Minister Sun Weidong was in Moscow on Monday and Tuesday for talks on bilateral relations.</p>
<p>He also met Russian Foreign Minister Sergey Lavrov, the ministry said in a statement on Wednesday.</p></article></body></html>`;

function setUp(options: { analyze?: SessionOptions['analyze']; highlighter?: PageHighlighter } = {}) {
  const parsed = new DOMParser().parseFromString(ARTICLE, 'text/html');
  document.replaceChild(document.importNode(parsed.documentElement, true), document.documentElement);
  let url = 'https://example.com/world/sun-meets-lavrov';
  const listeners: MessageListener[] = [];
  const api = {
    onMessage: vi.fn((listener: MessageListener, signal: AbortSignal) => {
      listeners.push(listener);
      signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(listener), 1));
    }),
  };
  const analyze = vi.fn(options.analyze ?? ((_onEntities: (partial: Analysis) => void) => analyzeDocument(document, { url })));
  const onTeardown = vi.fn();
  const session = startSession({ api, analyze, url: () => url, onTeardown, highlighter: options.highlighter });
  // Delivers a message the way the browser does: to every listener still registered.
  const deliver = (message: unknown) => listeners.map((listener) => listener(message)).find((reply) => reply !== undefined);
  return { session, api, analyze, onTeardown, listeners, deliver, navigate: (to: string) => { url = to; } };
}

describe('content session', () => {
  it('answers analyze with the page\'s Analysis and reuses it for later requests', async () => {
    const { deliver, analyze } = setUp();
    const first = await deliver(request('analyze', {}));
    expect(first).toMatchObject({ ok: true, value: { schema: 'newslens/analysis@1', url: 'https://example.com/world/sun-meets-lavrov' } });
    expect((first as { value: { article: { title: string } } }).value.article.title).toBe('Sun meets Lavrov in Moscow');
    const second = await deliver(request('analyze', {}));
    expect(second).toEqual(first);
    expect(analyze).toHaveBeenCalledTimes(1);
  });

  it('analyses again on refresh and after a same-page navigation', async () => {
    const { deliver, analyze, navigate } = setUp();
    await deliver(request('analyze', {}));
    await deliver(request('analyze', { refresh: true }));
    expect(analyze).toHaveBeenCalledTimes(2);
    navigate('https://example.com/world/another-story');
    expect(await deliver(request('ping', {}))).toEqual({ ok: true, value: { ready: false, url: 'https://example.com/world/another-story', highlighted: false } });
    await deliver(request('analyze', {}));
    expect(analyze).toHaveBeenCalledTimes(3);
  });

  it('pings without analysing', async () => {
    const { deliver, analyze } = setUp();
    expect(await deliver(request('ping', {}))).toEqual({ ok: true, value: { ready: false, url: 'https://example.com/world/sun-meets-lavrov', highlighted: false } });
    expect(analyze).not.toHaveBeenCalled();
    await deliver(request('analyze', {}));
    expect(await deliver(request('ping', {}))).toMatchObject({ ok: true, value: { ready: true } });
  });

  it('leaves other extensions\' messages alone and reports unknown methods as values', async () => {
    const { deliver } = setUp();
    expect(deliver({ method: 'analyze', args: {} })).toBeUndefined();
    expect(deliver('analyze')).toBeUndefined();
    expect(deliver(null)).toBeUndefined();
    const unknown = { newslens: 1, method: 'summarise', args: {} } as unknown as Request;
    expect(await deliver(unknown)).toEqual({ ok: false, error: 'Unknown method: summarise' });
    const inherited = { newslens: 1, method: 'constructor', args: {} } as unknown as Request;
    expect(await deliver(inherited)).toEqual({ ok: false, error: 'Unknown method: constructor' });
  });

  it('answers highlight and reveal with an error when the page has no highlighter, and unhighlight with nothing removed', async () => {
    const { deliver } = setUp();
    expect(await deliver(request('highlight', {}))).toEqual({ ok: false, error: 'This page cannot be highlighted' });
    expect(await deliver(request('reveal', { span: { block: 0, start: 0, end: 3 } }))).toEqual({ ok: false, error: 'This page cannot be highlighted' });
    expect(await deliver(request('unhighlight', {}))).toEqual({ ok: true, value: { removed: 0 } });
  });

  it('turns a parser failure into an error result instead of throwing across the boundary', async () => {
    const { deliver } = setUp({ analyze: () => { throw new Error('Document has no body'); } });
    expect(await deliver(request('analyze', {}))).toEqual({ ok: false, error: 'Document has no body' });
  });

  it('never writes to the page while analysing', async () => {
    const { deliver } = setUp();
    const before = document.documentElement.outerHTML;
    await deliver(request('analyze', {}));
    expect(document.documentElement.outerHTML).toBe(before);
  });

  it('tears down once: the listener goes, later messages go unanswered', async () => {
    const { deliver, session, onTeardown, listeners } = setUp();
    expect(await deliver(request('teardown', {}))).toEqual({ ok: true, value: { removed: true } });
    await Promise.resolve();
    expect(session.signal.aborted).toBe(true);
    expect(listeners).toHaveLength(0);
    expect(session.handle(request('ping', {}))).toBeUndefined();
    session.teardown();
    expect(onTeardown).toHaveBeenCalledTimes(1);
  });

  it('draws the marks from the entities while the rest is still being read, once for the popup and the background both', async () => {
    const drawn: Analysis[] = [];
    const highlighter: PageHighlighter = {
      active: false,
      highlight: vi.fn(async (analysis: Analysis) => {
        drawn.push(analysis);
        return { marks: analysis.entities.length, entities: analysis.entities.length, unplaced: 0 };
      }),
      unhighlight: vi.fn(() => 0),
      reveal: vi.fn(() => true),
    };
    let finish: () => void = () => undefined;
    const whole = analyzeDocument(document, { url: 'https://example.com/world/sun-meets-lavrov' });
    const partial = { ...whole, quotes: [], facts: [], times: [] };
    const { deliver } = setUp({
      highlighter,
      analyze: (onEntities) => {
        onEntities(partial);
        return new Promise<Analysis>((resolve) => (finish = () => resolve(whole)));
      },
    });
    const first = deliver(request('highlight', { types: ['person', 'place'] }));
    const second = deliver(request('highlight', { types: ['place', 'person'] }));
    expect(await first).toEqual({ ok: true, value: { marks: whole.entities.length, entities: whole.entities.length, unplaced: 0 } });
    expect(await second).toEqual(await first);
    expect(drawn).toEqual([partial]);
    expect(await deliver(request('ping', {}))).toMatchObject({ ok: true, value: { ready: false } });
    const analysed = deliver(request('analyze', {}));
    finish();
    expect(await analysed).toEqual({ ok: true, value: whole });
    expect(await deliver(request('ping', {}))).toMatchObject({ ok: true, value: { ready: true } });
    // Other types, or a request after unhighlight, draw again.
    await deliver(request('highlight', { types: ['person'] }));
    await deliver(request('unhighlight', {}));
    await deliver(request('highlight', { types: ['person'] }));
    expect(highlighter.highlight).toHaveBeenCalledTimes(3);
  });

  it('answers a repeated request from the marks on the page, and draws again when they went another way', async () => {
    let active = false;
    const highlighter: PageHighlighter = {
      get active() {
        return active;
      },
      highlight: vi.fn(() => {
        active = true;
        return { marks: 3, entities: 2, unplaced: 0 };
      }),
      unhighlight: vi.fn(() => 0),
      reveal: vi.fn(() => true),
    };
    const { deliver } = setUp({ highlighter });
    await deliver(request('highlight', {}));
    expect(await deliver(request('highlight', {}))).toEqual({ ok: true, value: { marks: 3, entities: 2, unplaced: 0 } });
    expect(highlighter.highlight).toHaveBeenCalledTimes(1);
    active = false;
    await deliver(request('highlight', {}));
    expect(highlighter.highlight).toHaveBeenCalledTimes(2);
  });

  it('draws nothing when unhighlight comes before the entities are read', async () => {
    const highlighter: PageHighlighter = { active: false, highlight: vi.fn(() => ({ marks: 1, entities: 1, unplaced: 0 })), unhighlight: vi.fn(() => 0), reveal: vi.fn(() => true) };
    let finish: () => void = () => undefined;
    const { deliver } = setUp({
      highlighter,
      analyze: () => new Promise<Analysis>((resolve) => (finish = () => resolve(analyzeDocument(document, { url: 'https://example.com/a' })))),
    });
    const marking = deliver(request('highlight', {}));
    await deliver(request('unhighlight', {}));
    finish();
    expect(await marking).toEqual({ ok: true, value: { marks: 0, entities: 0, unplaced: 0 } });
    expect(highlighter.highlight).not.toHaveBeenCalled();
  });

  it('reads again after a failed reading instead of keeping the failure', async () => {
    let calls = 0;
    const { deliver } = setUp({
      analyze: () => {
        if (++calls === 1) throw new Error('Document has no body');
        return analyzeDocument(document, { url: 'https://example.com/a' });
      },
    });
    expect(await deliver(request('analyze', {}))).toEqual({ ok: false, error: 'Document has no body' });
    expect(await deliver(request('analyze', {}))).toMatchObject({ ok: true, value: { schema: 'newslens/analysis@1' } });
  });
});
