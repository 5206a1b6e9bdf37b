// Firefox's background, an event page: the stories' reader itself, "Always annotate" registrations and the highlight shortcut.
// First, so that the weights are on their way while the rest is evaluated (model-fetch-start.ts).
import { takeModelBytes } from './model-fetch-start';
import { browserApi } from './browser-api';
import { listenForSitesAndCommands } from './sites-and-commands';
import { createStoryReader } from './story-reader';
import { shippedTaggerFrom } from '../src/nlp/ner/shipped-tagger';
import { nextTask } from '../src/next-task';
import { isBackgroundRequest } from '../src/messages';

// The name lists were loaded before this script (name-lists.js); the weights are being fetched. The reader unpacks
// them on first need. Firefox's event page runs on the thread its popup uses too, so the reader yields between
// slices and the popup stays responsive. Firefox keeps the manifest's popup, whose own script starts the reading.
const reader = createStoryReader(async () => shippedTaggerFrom(await takeModelBytes()), { yieldNow: nextTask });
browserApi.onRequest((message, tabId) => {
  if (tabId !== null && isBackgroundRequest(message)) browserApi.contentReported(tabId);
  return reader.handle(message);
});
listenForSitesAndCommands(browserApi);
