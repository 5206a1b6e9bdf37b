// Every extension API the options page uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';
import { ALWAYS_ANNOTATE_SITES_KEY as SITES_KEY, HIGHLIGHT_TYPES_KEY, parseHighlightTypes, type EntityType } from '../src/settings';

export interface OptionsBrowserApi {
  /** The "Always annotate" sites, as the background script keeps them in storage. */
  sites(): Promise<string[]>;
  /** Calls back whenever the list changes (a grant or revocation anywhere). */
  onSitesChanged(listener: () => void): () => void;
  /** Revokes the site's permission; the background script then unregisters its content script. */
  removeSite(pattern: string): Promise<boolean>;
  /** The entity types the popup and the keyboard shortcut highlight. */
  highlightTypes(): Promise<EntityType[]>;
  setHighlightTypes(types: EntityType[]): Promise<void>;
  /** The extension's keyboard commands with the keys the reader has them on ("" when unassigned). */
  shortcuts(): Promise<Shortcut[]>;
}

export interface Shortcut {
  name: string;
  description: string;
  keys: string;
}

/** Written by background/browser-api.ts; the options page only reads it. */

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
  async highlightTypes() {
    return parseHighlightTypes((await browser.storage.sync.get(HIGHLIGHT_TYPES_KEY))[HIGHLIGHT_TYPES_KEY]);
  },
  async setHighlightTypes(types) {
    await browser.storage.sync.set({ [HIGHLIGHT_TYPES_KEY]: types });
  },
  async shortcuts() {
    return (await browser.commands.getAll()).map((command) => ({
      name: command.name ?? '',
      description: command.description ?? '',
      keys: command.shortcut ?? '',
    }));
  },
};
