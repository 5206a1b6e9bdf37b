// The reader's stored settings shared by content script, popup, options and background: their storage keys, defaults and parsing.
import { ENTITY_TYPES, type EntityType } from './palette';

/** In the order the palette's legend lists them, which the options page and the popup follow. */
export { ENTITY_TYPES, type EntityType };

/** Kept in storage.sync so the choice follows the reader's browser profile. */
export const HIGHLIGHT_TYPES_KEY = 'highlightTypes';

/** Anything stored that is not a list of known types (never set, an older format) means every type. */
export function parseHighlightTypes(stored: unknown): EntityType[] {
  if (!Array.isArray(stored)) return [...ENTITY_TYPES];
  const chosen = new Set(stored);
  return ENTITY_TYPES.filter((type) => chosen.has(type));
}

/** Where the background keeps the sites the reader chose to annotate always (storage.local), read by content and options too. */
export const ALWAYS_ANNOTATE_SITES_KEY = 'alwaysAnnotateSites';
