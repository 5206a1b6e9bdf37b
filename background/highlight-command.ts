// The keyboard shortcut that turns highlights on or off in the active tab, injecting the content script when needed.
import { request, type ContentMethod, type ContentMethods, type Request, type Result } from '../src/messages';
import type { EntityType } from '../src/settings';

/** The manifest's command that toggles highlights (manifest.json, "commands"). */
export const TOGGLE_HIGHLIGHTS_COMMAND = 'toggle-highlights';

/** The part of the background's browser API the command needs. */
export interface CommandApi {
  send<M extends ContentMethod>(tabId: number, message: Request<M>): Promise<Result<ContentMethods[M]['result']>>;
  injectContentScript(tabId: number): Promise<void>;
  highlightTypes(): Promise<EntityType[]>;
  setBadge(tabId: number, entities: number | null): Promise<void>;
}

export type ToggleOutcome =
  | { kind: 'highlighted'; entities: number }
  | { kind: 'unhighlighted' }
  /** The page refused scripts (a browser page, a store) or could not highlight: nothing to do but stay quiet. */
  | { kind: 'unavailable'; reason: string };

/**
 * The shortcut grants activeTab like a click on the button, so the scripts can be injected the
 * same way the popup does it. A page that refuses is left alone: a shortcut has nowhere to show
 * an explanation, and the popup gives one when the reader opens it there.
 */
export async function toggleHighlights(api: CommandApi, tabId: number): Promise<ToggleOutcome> {
  let state = await ping(api, tabId);
  if (!state) {
    try {
      await api.injectContentScript(tabId);
    } catch (error) {
      return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
    }
    state = { highlighted: false };
  }
  try {
    if (state.highlighted) {
      const removed = await api.send(tabId, request('unhighlight', {}));
      return removed.ok ? { kind: 'unhighlighted' } : { kind: 'unavailable', reason: removed.error };
    }
    const types = await api.highlightTypes().catch(() => undefined);
    const marked = await api.send(tabId, request('highlight', types ? { types } : {}));
    if (!marked.ok) return { kind: 'unavailable', reason: marked.error };
    // The Analysis is cached by now (highlight analysed the page), so this answer is immediate.
    const analysis = await api.send(tabId, request('analyze', {}));
    const entities = analysis.ok ? analysis.value.entities.length : marked.value.entities;
    await api.setBadge(tabId, entities).catch(() => undefined);
    return { kind: 'highlighted', entities };
  } catch (error) {
    return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether the tab's content script answers, and whether its marks are on; null when no script answers. */
export async function ping(api: CommandApi, tabId: number): Promise<{ highlighted: boolean } | null> {
  try {
    const result = await api.send(tabId, request('ping', {}));
    return result.ok ? { highlighted: result.value.highlighted === true } : null;
  } catch {
    return null;
  }
}
