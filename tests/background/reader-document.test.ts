// Chromium's worker's link to the reader's document: opened once, asked for every reading, opened again after it closed itself.
import { describe, expect, it, vi } from 'vitest';
import { createReaderDocumentLink, type ReaderDocumentApi } from '../../background/reader-document';
import { backgroundRequest, isReaderDocumentRequest, ok } from '../../src/messages';

/** A browser with one offscreen document slot; `answering` says whether a document there answers its messages. */
function fakeBrowser() {
  const state = { open: false, opened: 0, sent: [] as unknown[] };
  const api: ReaderDocumentApi = {
    isOpen: vi.fn(async () => state.open),
    open: vi.fn(async () => {
      if (state.open) throw new Error('Only a single offscreen document may be created.');
      state.open = true;
      state.opened++;
    }),
    send: vi.fn(async (message: unknown) => {
      state.sent.push(message);
      if (!state.open) throw new Error('Could not establish connection. Receiving end does not exist.');
      return isReaderDocumentRequest(message) ? ok({ method: message.request.method }) : undefined;
    }),
  };
  return { api, state };
}

const READ = backgroundRequest('readPage', { html: '<p>Hi</p>', url: null });

describe('createReaderDocumentLink', () => {
  it('opens the document once for requests that come together, and passes each request on in an envelope', async () => {
    const { api, state } = fakeBrowser();
    const link = createReaderDocumentLink(api);
    const answers = await Promise.all([link.ask(READ), link.ask(backgroundRequest('prepare', {}))]);
    expect(answers).toEqual([ok({ method: 'readPage' }), ok({ method: 'prepare' })]);
    expect(state.opened).toBe(1);
    expect(state.sent).toEqual([{ newslens: 1, to: 'reader-document', request: READ }, expect.objectContaining({ to: 'reader-document' })]);
  });

  it('uses a document a previous worker opened: the browser refuses a second, and the link finds the first', async () => {
    const { api, state } = fakeBrowser();
    state.open = true;
    expect(await createReaderDocumentLink(api).ask(READ)).toEqual(ok({ method: 'readPage' }));
    expect(state.opened).toBe(0);
    expect(api.isOpen).toHaveBeenCalled();
  });

  it('opens the document again when it closed itself since, and asks once more', async () => {
    const { api, state } = fakeBrowser();
    const link = createReaderDocumentLink(api);
    await link.ask(READ);
    state.open = false; // idle for 15 minutes: the document closed itself
    expect(await link.ask(READ)).toEqual(ok({ method: 'readPage' }));
    expect(state.opened).toBe(2);
  });

  it('treats a request no page answered (the popup open, the document gone) like a closed document', async () => {
    const { api, state } = fakeBrowser();
    const link = createReaderDocumentLink(api);
    await link.ask(READ);
    vi.mocked(api.send).mockResolvedValueOnce(undefined);
    state.open = false;
    expect(await link.ask(READ)).toEqual(ok({ method: 'readPage' }));
    expect(state.opened).toBe(2);
  });

  it('prepare opens the document ahead of a page and never rejects; a failed opening is tried again on the next request', async () => {
    const { api, state } = fakeBrowser();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    vi.mocked(api.open).mockRejectedValueOnce(new Error('offscreen API missing'));
    const link = createReaderDocumentLink(api);
    link.prepare();
    await vi.waitFor(() => expect(warn).toHaveBeenCalledWith(expect.stringContaining('reader'), expect.any(Error)));
    expect(state.open).toBe(false);
    expect(await link.ask(READ)).toEqual(ok({ method: 'readPage' }));
    expect(state.opened).toBe(1);
    warn.mockRestore();
  });
});
