// Chromium's reader's document: an offscreen page that keeps the story reader ready while the service worker comes and goes (reader-document.ts).
// First, so that the weights are on their way while the rest is evaluated (model-fetch-start.ts).
import { takeModelBytes } from './model-fetch-start';
import browser from 'webextension-polyfill';
import { closeWhenIdle } from './idle-closer';
import { createStoryReader } from './story-reader';
import { shippedTaggerFrom } from '../src/nlp/ner/shipped-tagger';
import { nextTask } from '../src/next-task';
import { isReaderDocumentRequest } from '../src/messages';

// The extension's pages share one thread, the popup's too: the reader yields between slices so the popup stays
// responsive while a long page is read.
const reader = createStoryReader(async () => shippedTaggerFrom(await takeModelBytes()), { yieldNow: nextTask });
const idle = closeWhenIdle(() => window.close());

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isReaderDocumentRequest(message)) return undefined;
  return idle.during(() => reader.handle(message.request) ?? Promise.resolve(undefined));
});

// The worker opens this document when a page is about to be read: get ready at once.
void reader.prepare();
