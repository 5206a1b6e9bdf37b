// Every extension API the popup uses, behind one small interface so that tests can replace it.
import browser from 'webextension-polyfill';
import { INJECTED_SCRIPTS } from '../src/injected-scripts';
import { isRequest, type ContentMethod, type ContentMethods, type Request, type Result } from '../src/messages';
import { HIGHLIGHT_TYPES_KEY, parseHighlightTypes, type EntityType } from '../src/settings';
import { BADGE_COLOUR, badgeText } from '../background/badge';

export interface TabInfo {
  id: number;
  url: string | null;
}

export interface PopupBrowserApi {
  /** The tab the popup is about: `?tab=ID` when the popup is opened as a page, else the active tab. */
  targetTab(): Promise<TabInfo | null>;
  /** Sends one request to the tab's content script; rejects when no content script is listening. */
  send<M extends ContentMethod>(tabId: number, message: Request<M>): Promise<Result<ContentMethods[M]['result']>>;
  /** Injects the content script into the tab's top frame (activeTab or a host permission allows it). */
  injectContentScript(tabId: number): Promise<void>;
  /** The MIME type of the tab's document; rejects as injection does where scripts may not run. */
  documentType(tabId: number): Promise<string | null>;
  hasSiteAccess(originPattern: string): Promise<boolean>;
  /** Asks the browser (and so the user) for the optional host permission; true when granted. */
  requestSiteAccess(originPattern: string): Promise<boolean>;
  removeSiteAccess(originPattern: string): Promise<boolean>;
  /** Opens the options page, where the auto-annotated sites are listed. */
  openOptions(): Promise<void>;
  /** The entity types chosen on the options page, passed to `highlight`. */
  highlightTypes(): Promise<EntityType[]>;
  /** Shows the number of entities on the toolbar button for this tab. */
  setBadge(tabId: number, entities: number): Promise<void>;
  copyText(text: string): Promise<void>;
}

export const browserApi: PopupBrowserApi = {
  async targetTab() {
    const requested = Number(new URLSearchParams(location.search).get('tab'));
    if (Number.isInteger(requested) && requested > 0) {
      const tab = await browser.tabs.get(requested);
      return { id: requested, url: tab.url ?? null };
    }
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  },
  async send(tabId, message) {
    if (!isRequest(message)) throw new Error('Not a Newslens request');
    // Only the top frame: the article is there, and frames would answer in a race.
    return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
  },
  async injectContentScript(tabId) {
    await browser.scripting.executeScript({ target: { tabId }, files: [...INJECTED_SCRIPTS] });
  },
  async documentType(tabId) {
    // At once, not at document idle: the type is known from the first byte, and a viewer may be slow to idle.
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, func: () => document.contentType, injectImmediately: true });
    return typeof frame?.result === 'string' ? frame.result : null;
  },
  hasSiteAccess: (originPattern) => browser.permissions.contains({ origins: [originPattern] }),
  requestSiteAccess: (originPattern) => browser.permissions.request({ origins: [originPattern] }),
  removeSiteAccess: (originPattern) => browser.permissions.remove({ origins: [originPattern] }),
  async openOptions() {
    await browser.runtime.openOptionsPage();
    window.close();
  },
  async highlightTypes() {
    return parseHighlightTypes((await browser.storage.sync.get(HIGHLIGHT_TYPES_KEY))[HIGHLIGHT_TYPES_KEY]);
  },
  async setBadge(tabId, entities) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
    await browser.action.setBadgeText({ tabId, text: badgeText(entities) });
  },
  copyText: (text) => navigator.clipboard.writeText(text),
};
