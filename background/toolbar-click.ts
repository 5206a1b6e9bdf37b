// A click on the toolbar button, handled in the background where the browser allows it (Chromium): the tab is read and highlighted at once and the popup opens beside it.
import { request } from '../src/messages';
import { pageAccessFor } from '../popup/page-access';
import type { Arrival } from './content-arrivals';
import type { CommandApi } from './highlight-command';

/*
 * Why: a popup's own script runs some 300 ms after the click (the browser first creates the popup's page), and
 * only then could it inject the content script and ask for highlights. The background hears the click at once, so
 * it starts the reading and opens the popup itself; the popup then finds the content script there, reading or done,
 * and its own highlight request shares the one already made (content/session.ts).
 */

/** The part of the background's browser API the click needs. */
export interface ToolbarApi extends CommandApi {
  /** Waits for a content script in the tab to report that it runs (its first request to the background). */
  contentArrival(tabId: number): Arrival;
  /** Opens the toolbar popup for the tab the reader clicked in. */
  openPopup(tabId: number, windowId: number | null): Promise<void>;
}

export interface ClickedTab {
  id: number;
  url: string | null;
  windowId: number | null;
}

/** What the background did before the popup opened; the popup explains whatever it could not do. */
export type ClickOutcome = 'highlighting' | 'left-to-popup';

/**
 * Injects the content script (which starts once per page, and never in a PDF) unless the address is the browser's
 * own, and asks for highlights, while the popup opens. Never rejects: a failure only leaves the work to the popup.
 */
export async function handleToolbarClick(api: ToolbarApi, tab: ClickedTab, prepareReader: () => void = () => undefined): Promise<ClickOutcome> {
  const highlighting = startHighlighting(api, tab, prepareReader).catch((): ClickOutcome => 'left-to-popup');
  // The popup takes longer to open than the scripts take to go in, so it opens at once and finds them there; were
  // it quicker, it would inject them again, which a content script already running ignores (content/main.ts).
  await api.openPopup(tab.id, tab.windowId).catch(() => undefined);
  return highlighting;
}

/** Never rejects: on any failure the popup tries again and, if it cannot either, tells the reader why. */
async function startHighlighting(api: ToolbarApi, tab: ClickedTab, prepareReader: () => void): Promise<ClickOutcome> {
  if (pageAccessFor(tab.url).kind === 'forbidden') return 'left-to-popup';
  // First: the reader gets ready (its document opens, if it closed) while the script goes in and the page
  // serialises itself. Only messages leave this thread.
  prepareReader();
  // Read while the script goes in, so the types cost no extra wait.
  const types = api.highlightTypes().catch(() => undefined);
  // Straight in, without asking first what the tab holds: content.js starts no session in a file the browser shows
  // (a PDF, an image), and leaves one already running alone, so a look would only cost a round trip.
  const arrival = api.contentArrival(tab.id);
  const injected = api.injectContentScript(tab.id);
  // The script's own first message comes 30–40 ms before the injection's answer: whichever is first. A failed
  // injection still ends the wait (and the click).
  try {
    await Promise.race([injected, arrival.arrived]);
  } finally {
    arrival.cancel();
    injected.catch(() => undefined);
  }
  const chosen = await types;
  // Not awaited: the marks follow in the page, and the popup's own request shares this one. Where the script was
  // there already, marks that are on stay as they are (the session shares a request for what is drawn).
  void api.send(tab.id, request('highlight', chosen ? { types: chosen } : {})).catch(() => undefined);
  return 'highlighting';
}
