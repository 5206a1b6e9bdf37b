// Chromium's service worker's link to the reader's document: an offscreen page that holds the story reader, opened on first need and asked for every reading.
import { readerDocumentRequest, type BackgroundRequest } from '../src/messages';

/*
 * Why a document: Chromium stops an extension's service worker after 30 s idle, and with it everything the reader had
 * ready (the weights unpacked, the name lists built, the code compiled). Starting it all again made a click 230–270 ms
 * instead of about 70. An offscreen document stays until it is closed, so the reader lives there, the worker only takes
 * the clicks and passes requests on, and starting the worker again costs ~45 ms. The document closes itself once no
 * page has been read for a while (reader-document-main.ts), which frees its memory.
 */

/** The browser's side: the offscreen document and messages to it. */
export interface ReaderDocumentApi {
  /** Whether the extension's offscreen document is open. */
  isOpen(): Promise<boolean>;
  /** Opens it; settles once its scripts have run and it listens. */
  open(): Promise<void>;
  /** Sends a message to the extension's pages; rejects when none listens. */
  send(message: unknown): Promise<unknown>;
}

export interface ReaderDocumentLink {
  /** Opens the document unless it is open: its reader gets ready as it loads. Never rejects. */
  prepare(): void;
  /** The reader's answer to a content script's request. */
  ask(request: BackgroundRequest): Promise<unknown>;
}

export function createReaderDocumentLink(api: ReaderDocumentApi): ReaderDocumentLink {
  let opened: Promise<void> | null = null;

  function ensureOpen(): Promise<void> {
    // One opening at a time: the browser allows one offscreen document and throws on a second.
    // Straight to opening, without asking first (a round trip): a document a previous worker opened makes the
    // opening fail, and only then does the link look.
    opened ??= (async () => {
      try {
        await api.open();
      } catch (error) {
        if (!(await api.isOpen())) throw error;
      }
    })().catch((error: unknown) => {
      opened = null;
      throw error;
    });
    return opened;
  }

  async function ask(request: BackgroundRequest): Promise<unknown> {
    await ensureOpen();
    // The reader always answers with a Result; nothing back means no reader listened (the document closed itself,
    // idle, since this worker last saw it open): open it again and ask once more.
    const answer = await api.send(readerDocumentRequest(request)).catch(() => undefined);
    if (answer !== undefined) return answer;
    opened = null;
    await ensureOpen();
    return api.send(readerDocumentRequest(request));
  }

  return {
    prepare: () => void ensureOpen().catch((error: unknown) => console.warn('Newslens: could not open the reader\'s document ahead of a page.', error)),
    ask,
  };
}
