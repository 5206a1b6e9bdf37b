// The script the extension injects into a page, and the scripts the background loads before its own: the tagger's weights and the name lists.

/**
 * What goes into a page: the content script alone. It reads the page's structure and asks the background for the
 * story's reading (background/story-reader.ts), so no page holds a copy of the weights or the name lists.
 */
export const INJECTED_SCRIPTS: readonly string[] = ['content.js'];

/**
 * The tagger's packed weights (one base64 string) and the name lists the tagger and entity rules read, which the
 * background loads before background.js (Chromium's worker imports them, Firefox's manifest lists them first).
 * Two files, because together they pass the 5 MB that add-on stores parse a script up to.
 */
export const MODEL_SCRIPTS: readonly string[] = ['ner-model.js', 'name-lists.js'];

/** Chromium's service worker: a file that imports MODEL_SCRIPTS, then background.js (the manifest names one file). */
export const WORKER_SCRIPT = 'background-worker.js';

/**
 * Where content.js keeps its running session (a registry symbol in the extension's isolated world of the page), so
 * that a second injection leaves it alone and the background can tell, in one round trip, whether it is there.
 */
export const CONTENT_SESSION_GLOBAL = 'newslens.content-session';

/** Where ner-model.js leaves the weights (a registry symbol in the background's global scope), for shipped-tagger.ts. */
export const NER_MODEL_GLOBAL = 'newslens.ner-model';

/**
 * Where name-lists.js leaves the name lists (src/nlp/gazetteer/*.json by file name). The extension build reads each
 * list from here instead of bundling it (scripts/lib/ner-model.mjs), so that background.js stays small.
 */
export const GAZETTEER_GLOBAL = 'newslens.gazetteer';
