// Every extension API the background script uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';
import { INJECTED_SCRIPTS } from '../src/injected-scripts';
import { isRequest } from '../src/messages';
import { ALWAYS_ANNOTATE_SITES_KEY as SITES_KEY, HIGHLIGHT_TYPES_KEY, parseHighlightTypes } from '../src/settings';
import { BADGE_COLOUR, badgeText } from './badge';
import { createContentArrivals } from './content-arrivals';
import type { CommandApi } from './highlight-command';
import type { ClickedTab, ToolbarApi } from './toolbar-click';

export interface SiteScript {
  id: string;
  matches: string[];
  /** The files a registered script injects, as the browser reports them; a new registration always gets INJECTED_SCRIPTS. */
  js?: string[];
}

/** What the "Always annotate" registry needs (site-registry.ts). */
export interface SiteRegistryApi {
  grantedOrigins(): Promise<string[]>;
  registeredScripts(): Promise<SiteScript[]>;
  registerScripts(scripts: SiteScript[]): Promise<void>;
  unregisterScripts(ids: string[]): Promise<void>;
  readSites(): Promise<string[]>;
  writeSites(sites: string[]): Promise<void>;
  onPermissionsChanged(listener: (change: { added: string[]; removed: string[] }) => void): void;
  onStartup(listener: () => void): void;
}

export interface BackgroundBrowserApi extends SiteRegistryApi, CommandApi, ToolbarApi {
  /** Answers the content scripts' requests (the reader's), with the sender's tab: a promise of the reply, or undefined for other messages. */
  onRequest(listener: (message: unknown, tabId: number | null) => Promise<unknown> | undefined): void;
  /** A content script in the tab made a request: whoever waits for its arrival (toolbar-click.ts) goes on. */
  contentReported(tabId: number): void;
  /** The extension was installed or updated (not a browser start). */
  onInstalled(listener: () => void): void;
  /** A keyboard command, with the tab it was given in (the active tab when the browser does not say). */
  onCommand(listener: (command: string, tabId: number | null) => void): void;
  /**
   * Takes the toolbar button's clicks (and its shortcut) from the popup: with no popup set the browser tells the
   * background instead, which opens the popup itself (toolbar-click.ts). Until the next browser start.
   */
  takeToolbarClicks(listener: (tab: ClickedTab) => void): Promise<void>;
}

/** The manifest's popup, which the background opens itself once it takes the clicks. */
function popupPage(): string {
  return browser.runtime.getManifest().action?.default_popup ?? 'popup.html';
}


const arrivals = createContentArrivals();

export const browserApi: BackgroundBrowserApi = {
  contentArrival: (tabId) => arrivals.next(tabId),
  contentReported: (tabId) => arrivals.report(tabId),
  async grantedOrigins() {
    return (await browser.permissions.getAll()).origins ?? [];
  },
  async registeredScripts() {
    const scripts = await browser.scripting.getRegisteredContentScripts();
    return scripts.map((script) => ({ id: script.id, matches: script.matches ?? [], js: script.js ?? [] }));
  },
  async registerScripts(scripts) {
    if (scripts.length === 0) return;
    await browser.scripting.registerContentScripts(
      scripts.map((script) => ({ id: script.id, matches: script.matches, js: [...INJECTED_SCRIPTS], runAt: 'document_idle' as const, persistAcrossSessions: true })),
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
  onInstalled(listener) {
    browser.runtime.onInstalled.addListener((details) => {
      if (details.reason === 'install' || details.reason === 'update') listener();
    });
  },
  async send(tabId, message) {
    if (!isRequest(message)) throw new Error('Not a Newslens request');
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  },
  async injectContentScript(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [...INJECTED_SCRIPTS] });
  },
  async highlightTypes() {
    return parseHighlightTypes((await browser.storage.sync.get(HIGHLIGHT_TYPES_KEY))[HIGHLIGHT_TYPES_KEY]);
  },
  async setBadge(tabId, entities) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text: badgeText(entities) });
  },
  async openPopup(tabId, windowId) {
    // Set for this tab only while it opens: the next click comes to the background again. Left set when opening
    // fails, so that the next click opens the popup the ordinary way.
    await browser.action.setPopup({ tabId, popup: popupPage() });
    await browser.action.openPopup(windowId === null ? undefined : { windowId });
    await browser.action.setPopup({ tabId, popup: '' });
  },
  async takeToolbarClicks(listener) {
    browser.action.onClicked.addListener((tab) => {
      if (tab.id !== undefined) listener({ id: tab.id, url: tab.url ?? null, windowId: tab.windowId ?? null });
    });
    await browser.action.setPopup({ popup: '' });
  },
  onRequest(listener) {
    // The polyfill turns a returned promise into the reply in Chrome as in Firefox.
    browser.runtime.onMessage.addListener((message: unknown, sender: { tab?: { id?: number } }) => listener(message, sender.tab?.id ?? null));
  },
  onCommand(listener) {
    browser.commands.onCommand.addListener(async (command, tab) => {
      if (tab?.id !== undefined) return listener(command, tab.id);
      const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      listener(command, active?.id ?? null);
    });
  },
};
