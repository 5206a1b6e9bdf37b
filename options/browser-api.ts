// Every extension API the options page uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';

export interface OptionsBrowserApi {
  /** The "Always annotate" sites, as the background script keeps them in storage. */
  sites(): Promise<string[]>;
  /** Calls back whenever the list changes (a grant or revocation anywhere). */
  onSitesChanged(listener: () => void): () => void;
  /** Revokes the site's permission; the background script then unregisters its content script. */
  removeSite(pattern: string): Promise<boolean>;
}

/** Written by background/browser-api.ts; the options page only reads it. */
const SITES_KEY = 'alwaysAnnotateSites';

export const browserApi: OptionsBrowserApi = {
  async sites() {
    const stored = (await browser.storage.local.get(SITES_KEY))[SITES_KEY];
    return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === 'string') : [];
  },
  onSitesChanged(listener) {
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && SITES_KEY in changes) listener();
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => browser.storage.onChanged.removeListener(onChanged);
  },
  removeSite: (pattern) => browser.permissions.remove({ origins: [pattern] }),
};
