// Chromium's reader's document: an offscreen page that keeps the story reader ready while the service worker comes and goes (reader-document.ts).
// First, so that the weights are on their way while the rest is evaluated (model-fetch-start.ts).
import './model-fetch-start';
import browser from 'webextension-polyfill';
import { closeWhenIdle } from './idle-closer';
import { createShippedStoryReader } from './shipped-story-reader';
import { isReaderDocumentRequest } from '../src/messages';

const reader = createShippedStoryReader();
const idle = closeWhenIdle(() => window.close());

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isReaderDocumentRequest(message)) return undefined;
  return idle.during(() => reader.handle(message.request) ?? Promise.resolve(undefined));
});

// The worker opens this document when a page is about to be read: get ready at once.
void reader.prepare();
