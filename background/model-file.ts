// Fetches the tagger's packed weights from the extension's own files (never the network), for the background's reader.
import { NER_MODEL_FILE } from '../src/injected-scripts';

/**
 * The bytes of NER_MODEL_FILE (its URL from `resourceUrl`, the browser's runtime.getURL), or null with a warning when
 * the file cannot be read: the reader then finds names by its rules alone instead of failing every page.
 */
export async function fetchModelBytes(resourceUrl: (path: string) => string): Promise<Uint8Array | null> {
  const url = resourceUrl(NER_MODEL_FILE);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    console.warn(`Newslens: could not read the entity model (${url}); names come from rules alone.`, error);
    return null;
  }
}
