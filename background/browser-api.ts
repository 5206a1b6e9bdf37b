// Every extension API the background script uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';
import { INJECTED_SCRIPTS } from '../src/injected-scripts';

export interface SiteScript {
  id: string;
  matches: string[];
}

export interface BackgroundBrowserApi {
  grantedOrigins(): Promise<string[]>;
  registeredScripts(): Promise<SiteScript[]>;
  registerScripts(scripts: SiteScript[]): Promise<void>;
  unregisterScripts(ids: string[]): Promise<void>;
  readSites(): Promise<string[]>;
  writeSites(sites: string[]): Promise<void>;
  onPermissionsChanged(listener: (change: { added: string[]; removed: string[] }) => void): void;
  onStartup(listener: () => void): void;
}

const SITES_KEY = 'alwaysAnnotateSites';

export const browserApi: BackgroundBrowserApi = {
  async grantedOrigins() {
    return (await browser.permissions.getAll()).origins ?? [];
  },
  async registeredScripts() {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return scripts.map((script) => ({ id: script.id, matches: script.matches ?? [] }));
  },
  async registerScripts(scripts) {
    if (scripts.length === 0) return;
    await browser.scripting.registerContentScripts(
      scripts.map((script) => ({ ...script, js: [...INJECTED_SCRIPTS], runAt: 'document_idle' as const, persistAcrossSessions: true })),
    );
  },
  async unregisterScripts(ids) {
    if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
  },
  async readSites() {
    const stored = (await browser.storage.local.get(SITES_KEY))[SITES_KEY];
    return Array.isArray(stored) ? stored.filter((site): site is string => typeof site === 'string') : [];
  },
  async writeSites(sites) {
    await browser.storage.local.set({ [SITES_KEY]: sites });
  },
  onPermissionsChanged(listener) {
    browser.permissions.onAdded.addListener((added) => listener({ added: added.origins ?? [], removed: [] }));
    browser.permissions.onRemoved.addListener((removed) => listener({ added: [], removed: removed.origins ?? [] }));
  },
  onStartup(listener) {
    browser.runtime.onStartup.addListener(listener);
    browser.runtime.onInstalled.addListener(() => listener());
  },
};
