// Gets the Analysis of the popup's tab: classify the page, inject the content script if needed, analyse, highlight.
import type { Analysis } from '../src/analysis';
import { request } from '../src/messages';
import { ENTITY_TYPES, type EntityType } from '../src/settings';
import type { PopupBrowserApi } from './browser-api';
import { message, type Message } from './i18n';
import { explainDocumentType, explainInjectionFailure, FILE_ACCESS_OFF, pageAccessFor } from './page-access';

/** Whether the page carries highlights, and whether it can (the content script may have no highlighter). */
export interface HighlightState {
  on: boolean;
  available: boolean;
  types: EntityType[];
}

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: Message; origin: string | null }
  | { kind: 'ready'; tabId: number; analysis: Analysis; origin: string | null; highlights: HighlightState };

/** Never rejects: every failure becomes a message the reader can act on. */
export async function loadAnalysis(api: PopupBrowserApi): Promise<PopupState> {
  let tab;
  try {
    tab = await api.targetTab();
  } catch {
    tab = null;
  }
  if (!tab) return { kind: 'unavailable', message: message('pageNotFound'), origin: null };
  const access = pageAccessFor(tab.url);
  if (access.kind === 'forbidden') return { kind: 'unavailable', message: message(access.reason), origin: null };
  const origin = access.kind === 'readable' ? access.origin : null;
  // Read while the page is asked, so the types cost no extra wait.
  const types = api.highlightTypes().catch(() => [...ENTITY_TYPES]);
  const present = await ping(api, tab.id);
  if (!present) {
    try {
      // Asked first, so a PDF or an image never gets the parser and an empty "not an article".
      const notReadable = explainDocumentType(await api.documentType(tab.id));
      if (notReadable) return { kind: 'unavailable', message: message(notReadable), origin: null };
      await api.injectContentScript(tab.id);
    } catch (error) {
      // Local files are readable only where the user allowed it (Chrome's per-extension switch).
      const key = access.kind === 'file' ? FILE_ACCESS_OFF : explainInjectionFailure(error, tab.url);
      return { kind: 'unavailable', message: message(key), origin };
    }
  }
  // Highlight first: it analyses the page itself, so the marks appear before the whole Analysis
  // is copied over to the popup; `analyze` then answers from the content script's cache.
  const highlights = present?.highlighted
    ? { on: true, available: true, types: await types }
    : await highlight(api, tab.id, await types);
  let analysis: Analysis;
  try {
    const result = await api.send(tab.id, request('analyze', {}));
    // The parser's own error words are for developers; the reader gets a sentence.
    if (!result.ok) return { kind: 'unavailable', message: message('analysisFailed'), origin };
    analysis = result.value;
  } catch {
    return { kind: 'unavailable', message: message('pageSilent'), origin };
  }
  api.setBadge(tab.id, analysis.entities.length).catch(() => undefined);
  return { kind: 'ready', tabId: tab.id, analysis, origin, highlights };
}

/** Marks the page; a content script without a highlighter answers with an error, which only disables the toggle. */
export async function highlight(api: PopupBrowserApi, tabId: number, types: EntityType[]): Promise<HighlightState> {
  try {
    const result = await api.send(tabId, request('highlight', { types }));
    return { on: result.ok, available: result.ok, types };
  } catch {
    return { on: false, available: false, types };
  }
}

/** A content script from an earlier click or from "Always annotate" may already be there. */
async function ping(api: PopupBrowserApi, tabId: number): Promise<{ highlighted: boolean } | null> {
  try {
    const result = await api.send(tabId, request('ping', {}));
    return result.ok ? { highlighted: result.value.highlighted === true } : null;
  } catch {
    return null;
  }
}
