// The "which entity types to highlight" setting: its storage key, default and parsing, shared by options, popup and background.
import { ENTITY_TYPES, type EntityType } from '../src/palette';

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
