// The background script: the stories' reader, "Always annotate" registrations, the highlight shortcut, the toolbar button and badge.
// First, so that the weights are on their way while the rest is evaluated (model-fetch-start.ts).
import { takeModelBytes } from './model-fetch-start';
import { browserApi } from './browser-api';
import { TOGGLE_HIGHLIGHTS_COMMAND, toggleHighlights } from './highlight-command';
import { createSiteSync } from './site-registry';
import { createStoryReader } from './story-reader';
import { shippedTaggerFrom } from '../src/nlp/ner/shipped-tagger';
import { nextTask } from '../src/next-task';
import { isBackgroundRequest } from '../src/messages';
import { handleToolbarClick } from './toolbar-click';

// The name lists were loaded before this script (name-lists.js); the weights are being fetched (model-fetch-start.ts).
// The reader unpacks them on first need.
// Chromium's background is a service worker, on a thread of its own; Firefox's is an event page on the thread its
// popup uses too, so there the entities yield between slices and the popup stays responsive.
const workerScope = (globalThis as { ServiceWorkerGlobalScope?: abstract new () => unknown }).ServiceWorkerGlobalScope;
const inServiceWorker = workerScope !== undefined && globalThis instanceof workerScope;
const reader = createStoryReader(async () => shippedTaggerFrom(await takeModelBytes()), inServiceWorker ? {} : { yieldNow: nextTask });
browserApi.onRequest((message, tabId) => {
  if (tabId !== null && isBackgroundRequest(message)) browserApi.contentReported(tabId);
  return reader.handle(message);
});

const sync = createSiteSync(browserApi);
const report = (error: unknown) => console.error('Newslens: could not update annotated sites', error);

// The popup only asks for the permission; the registration follows the browser's own record of
// what was granted, so revoking a site in the browser's settings also stops the annotation.
browserApi.onPermissionsChanged(() => void sync().catch(report));
browserApi.onStartup(() => void sync().catch(report));

browserApi.onCommand((command, tabId) => {
  if (command === TOGGLE_HIGHLIGHTS_COMMAND && tabId !== null) void toggleHighlights(browserApi, tabId);
});
// Chromium's background is a service worker, and Chromium opens a popup from it (action.openPopup): there the
// background takes the clicks, so the tab is read while the popup opens instead of after (toolbar-click.ts).
// Firefox keeps the manifest's popup, which its own script prepares.
if (inServiceWorker) {
  browserApi.takeToolbarClicks((tab) => void handleToolbarClick(browserApi, tab, reader.prepare)).catch((error: unknown) => {
    console.error('Newslens: the toolbar button stays with the popup', error);
  });
}
// No navigation listener for the badge: both browsers reset a tab's own badge text when the tab
// loads another page (tests/e2e/popup.test.ts holds them to it), so the background need not wake.
