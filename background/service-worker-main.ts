// Chromium's background, a service worker: the toolbar button, "Always annotate" registrations and the highlight shortcut; the pages are read in the reader's document, which outlives the worker (reader-document.ts).
import { browserApi } from './browser-api';
import { createReaderDocumentLink } from './reader-document';
import { readerDocumentApi } from './reader-document-api';
import { listenForSitesAndCommands } from './sites-and-commands';
import { handleToolbarClick } from './toolbar-click';
import { isBackgroundRequest } from '../src/messages';

const reader = createReaderDocumentLink(readerDocumentApi);
browserApi.onRequest((message, tabId) => {
  if (!isBackgroundRequest(message)) return undefined;
  if (tabId !== null) browserApi.contentReported(tabId);
  return reader.ask(message);
});
listenForSitesAndCommands(browserApi);
// Just installed or updated: the reader gets ready for the click that usually follows (it closes itself if none
// comes). Not at each browser start: there the first click opens it.
browserApi.onInstalled(reader.prepare);
// Chromium opens a popup from its background (action.openPopup): the background takes the clicks, so the tab is read
// while the popup opens instead of after (toolbar-click.ts).
browserApi.takeToolbarClicks((tab) => void handleToolbarClick(browserApi, tab, reader.prepare)).catch((error: unknown) => {
  console.error('Newslens: the toolbar button stays with the popup', error);
});
