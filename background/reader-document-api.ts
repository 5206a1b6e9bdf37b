// Chromium's offscreen API and runtime messages, as the reader's document link needs them (reader-document.ts).
import browser from 'webextension-polyfill';
import { READER_DOCUMENT } from '../src/injected-scripts';
import type { ReaderDocumentApi } from './reader-document';

export const readerDocumentApi: ReaderDocumentApi = {
  async isOpen() {
    const contexts = await chrome.runtime.getContexts({ contextTypes: [chrome.runtime.ContextType.OFFSCREEN_DOCUMENT], documentUrls: [chrome.runtime.getURL(READER_DOCUMENT)] });
    return contexts.length > 0;
  },
  async open() {
    await chrome.offscreen.createDocument({
      url: READER_DOCUMENT,
      reasons: [chrome.offscreen.Reason.DOM_PARSER],
      justification: 'Reads the HTML of the page the user asked Newslens to annotate (parsing it into a document) and keeps the reader ready between pages.',
    });
  },
  send: (message) => browser.runtime.sendMessage(message),
};
