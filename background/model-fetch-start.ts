// Starts fetching the tagger's weights as the reader's first act: each reader's entry (event-page-main.ts, reader-document-main.ts) imports this module first.
import browser from 'webextension-polyfill';
import { fetchModelBytes } from './model-file';

/*
 * Imported before the rest of the background's code is evaluated (about 30 ms at a worker's start), so the browser
 * reads the 3 MB file meanwhile, off this thread, and the bytes are usually here by the time the reader wants them.
 */
let pending: Promise<Uint8Array | null> | null = fetchModelBytes((path) => browser.runtime.getURL(path));

/** The weights' bytes, once (null the second time): the reader unpacks them, and this module keeps no 3 MB copy. */
export function takeModelBytes(): Promise<Uint8Array | null> {
  const bytes = pending ?? Promise.resolve(null);
  pending = null;
  return bytes;
}
