// What the reader chose that the content script needs: whether this site is annotated always, and which types to mark.
import { ALWAYS_ANNOTATE_SITES_KEY as SITES_KEY, HIGHLIGHT_TYPES_KEY, parseHighlightTypes, type EntityType } from '../../src/settings';

/** Written by the background's site registry (background/browser-api.ts): the granted site patterns. */

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
}
interface StorageAreas {
  local?: StorageArea;
  sync?: StorageArea;
}
type ExtensionGlobals = typeof globalThis & { browser?: { storage?: StorageAreas }; chrome?: { storage?: StorageAreas } };

function storage(): StorageAreas | undefined {
  const scope = globalThis as ExtensionGlobals;
  return scope.browser?.storage ?? scope.chrome?.storage;
}

/**
 * Reads storage through the browser's own global (Firefox's `browser`, Chrome's promise-returning `chrome`) rather
 * than the polyfill, so the content script's entry point still loads where there is no extension (unit tests).
 */
export async function isAlwaysAnnotated(href: string): Promise<boolean> {
  const local = storage()?.local;
  if (!local) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  try {
    const stored = (await local.get(SITES_KEY))[SITES_KEY];
    // The same pattern the popup asks permission for: scheme and host, any port and path.
    return Array.isArray(stored) && stored.includes(`${url.protocol}//${url.hostname}/*`);
  } catch {
    return false;
  }
}

/** The types the options page chose to highlight (every type when unset or unreadable). */
export async function highlightTypes(): Promise<EntityType[]> {
  try {
    const sync = storage()?.sync;
    return parseHighlightTypes(sync ? (await sync.get(HIGHLIGHT_TYPES_KEY))[HIGHLIGHT_TYPES_KEY] : undefined);
  } catch {
    return parseHighlightTypes(undefined);
  }
}
