// What both browsers' backgrounds listen for besides the pages: "Always annotate" registrations and the highlight shortcut.
import type { BackgroundBrowserApi } from './browser-api';
import { TOGGLE_HIGHLIGHTS_COMMAND, toggleHighlights } from './highlight-command';
import { createSiteSync } from './site-registry';

export function listenForSitesAndCommands(api: BackgroundBrowserApi): void {
  const sync = createSiteSync(api);
  const report = (error: unknown) => console.error('Newslens: could not update annotated sites', error);
  // The popup only asks for the permission; the registration follows the browser's own record of
  // what was granted, so revoking a site in the browser's settings also stops the annotation.
  api.onPermissionsChanged(() => void sync().catch(report));
  api.onStartup(() => void sync().catch(report));
  api.onCommand((command, tabId) => {
    if (command === TOGGLE_HIGHLIGHTS_COMMAND && tabId !== null) void toggleHighlights(api, tabId);
  });
  // No navigation listener for the badge: both browsers reset a tab's own badge text when the tab
  // loads another page (tests/e2e/popup.test.ts holds them to it), so the background need not wake.
}
