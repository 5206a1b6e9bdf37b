// Gets the Analysis of the popup's tab: classify the page, inject the content script if needed, ask it.
import type { Analysis } from '../src/analysis';
import { request } from '../src/messages';
import type { PopupBrowserApi } from './browser-api';
import { explainInjectionFailure, FILE_ACCESS_OFF, pageAccessFor } from './page-access';

export type PopupState =
  | { kind: 'loading' }
  | { kind: 'unavailable'; message: string; origin: string | null }
  | { kind: 'ready'; analysis: Analysis; origin: string | null };

/** Never rejects: every failure becomes a message the reader can act on. */
export async function loadAnalysis(api: PopupBrowserApi): Promise<PopupState> {
  let tab;
  try {
    tab = await api.targetTab();
  } catch {
    tab = null;
  }
  if (!tab) return { kind: 'unavailable', message: 'Newslens cannot find the page to read. Open an article and try again.', origin: null };
  const access = pageAccessFor(tab.url);
  if (access.kind === 'forbidden') return { kind: 'unavailable', message: access.reason, origin: null };
  const origin = access.kind === 'readable' ? access.origin : null;
  if (!(await contentScriptAnswers(api, tab.id))) {
    try {
      await api.injectContentScript(tab.id);
    } catch (error) {
      // Local files are readable only where the user allowed it (Chrome's per-extension switch).
      const message = access.kind === 'file' ? FILE_ACCESS_OFF : explainInjectionFailure(error, tab.url);
      return { kind: 'unavailable', message, origin };
    }
  }
  try {
    const result = await api.send(tab.id, request('analyze', {}));
    if (!result.ok) return { kind: 'unavailable', message: `Newslens could not analyse this page: ${result.error}`, origin };
    return { kind: 'ready', analysis: result.value, origin };
  } catch {
    return { kind: 'unavailable', message: 'The page did not answer. Reload it and click the button again.', origin };
  }
}

/** A content script from an earlier click or from "Always annotate" may already be there. */
async function contentScriptAnswers(api: PopupBrowserApi, tabId: number): Promise<boolean> {
  try {
    const result = await api.send(tabId, request('ping', {}));
    return result.ok;
  } catch {
    return false;
  }
}
