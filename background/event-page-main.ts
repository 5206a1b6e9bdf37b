// Firefox's background, an event page: the stories' reader itself, "Always annotate" registrations and the highlight shortcut.
// First, so that the weights are on their way while the rest is evaluated (model-fetch-start.ts).
import './model-fetch-start';
import { browserApi } from './browser-api';
import { createShippedStoryReader } from './shipped-story-reader';
import { listenForSitesAndCommands } from './sites-and-commands';
import { isBackgroundRequest } from '../src/messages';

// The name lists were loaded before this script (name-lists.js). Firefox keeps the manifest's popup, whose own
// script starts the reading.
const reader = createShippedStoryReader();
browserApi.onRequest((message, tabId) => {
  if (tabId !== null && isBackgroundRequest(message)) browserApi.contentReported(tabId);
  return reader.handle(message);
});
listenForSitesAndCommands(browserApi);
