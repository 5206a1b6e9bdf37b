// Every extension API the content script uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';
import type { BackgroundRequest } from '../src/messages';

/** Answers a message with a promise of the reply, or undefined to leave it to other listeners. */
export type MessageListener = (message: unknown) => Promise<unknown> | undefined;

export interface ContentBrowserApi {
  /** Sends a request to the background (which reads the story) and gives its answer. */
  askBackground(message: BackgroundRequest): Promise<unknown>;
  /** Listens for messages from the popup and background until the signal aborts. */
  onMessage(listener: MessageListener, signal: AbortSignal): void;
}

export const browserApi: ContentBrowserApi = {
  askBackground: (message) => browser.runtime.sendMessage(message),
  onMessage(listener, signal) {
    // The polyfill turns a returned promise into the reply in Chrome as in Firefox.
    const wrapped = (message: unknown) => listener(message);
    browser.runtime.onMessage.addListener(wrapped);
    signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(wrapped), { once: true });
  },
};
