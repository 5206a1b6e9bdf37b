// @vitest-environment jsdom
// The content script's entry point: however often it is injected, one session answers.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MessageListener } from '../../content/browser-api';
import { request } from '../../src/messages';

const listeners: MessageListener[] = [];
// The background's reader in-process (rules alone, no weights), answering as the extension's background does.
const background = vi.hoisted(() => ({ asked: [] as string[] }));
vi.mock('../../content/browser-api', async () => {
  const { createStoryReader } = await import('../../background/story-reader');
  const reader = createStoryReader(() => null);
  return {
    browserApi: {
      askBackground: (message: { method: string }) => {
        background.asked.push(message.method);
        return reader.handle(message);
      },
      onMessage: (listener: MessageListener, signal: AbortSignal) => {
        listeners.push(listener);
        signal.addEventListener('abort', () => listeners.splice(listeners.indexOf(listener), 1));
      },
    },
  };
});

/** Runs the entry module afresh, as executeScript does with the bundled file. */
async function inject() {
  vi.resetModules();
  await import('../../content/main');
}

describe('content script injection', () => {
  beforeEach(() => {
    document.title = 'A story';
    document.body.textContent = '';
    const heading = document.createElement('h1');
    heading.textContent = 'A story';
    document.body.append(heading);
  });

  it('registers one listener for any number of injections, and a fresh one after teardown', async () => {
    await inject();
    await inject();
    await inject();
    expect(listeners).toHaveLength(1);

    const reply = await listeners[0]!(request('analyze', {}));
    expect(reply).toMatchObject({ ok: true, value: { schema: 'newslens/analysis@1', url: location.href } });
    // The page was read by the background: readied once, then the structure and entities, then the layers after them.
    expect(background.asked).toEqual(['prepare', 'readPage', 'readAfterEntities']);

    await listeners[0]!(request('teardown', {}));
    await Promise.resolve();
    expect(listeners).toHaveLength(0);

    await inject();
    expect(listeners).toHaveLength(1);
  });

  it('starts no session in a file the browser shows (Chromium\'s PDF viewer takes scripts)', async () => {
    for (const listener of [...listeners]) await listener(request('teardown', {}));
    await Promise.resolve();
    expect(listeners).toHaveLength(0);
    Object.defineProperty(document, 'contentType', { value: 'application/pdf', configurable: true });
    try {
      await inject();
      expect(listeners).toHaveLength(0);
    } finally {
      delete (document as unknown as { contentType?: string }).contentType;
    }
    expect(document.contentType).toBe('text/html');
    await inject();
    expect(listeners).toHaveLength(1);
  });
});
