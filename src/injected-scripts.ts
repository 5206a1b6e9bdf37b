// The script the extension injects into a page, and the files the reader loads: the name lists before its own script, the tagger's weights as it starts.

/**
 * What goes into a page: the content script alone. It reads the page's structure and asks the background for the
 * story's reading (background/story-reader.ts), so no page holds a copy of the weights or the name lists.
 */
export const INJECTED_SCRIPTS: readonly string[] = ['content.js'];

/**
 * The name lists the tagger and entity rules read, which the reader loads before its own script (Chromium's reader's
 * document before reader.js, Firefox's manifest before background.js).
 */
export const NAME_LIST_SCRIPTS: readonly string[] = ['name-lists.js'];

/**
 * The tagger's packed weights (src/nlp/ner/packed-model.ts), a file of the extension the reader fetches when it
 * starts: the browser reads it off the reader's thread while the scripts run, and the bytes need no decoding
 * (as a script, 4 MB of base64 took a worker 25 ms to load before its first line ran).
 */
export const NER_MODEL_FILE = 'ner-model.bin';

/**
 * Chromium's reader's document (background/reader-document.ts), an offscreen page the build writes: it loads
 * NAME_LIST_SCRIPTS, then reader.js.
 */
export const READER_DOCUMENT = 'reader.html';

/**
 * Where content.js keeps its running session (a registry symbol in the extension's isolated world of the page), so
 * that a second injection leaves it alone and the background can tell, in one round trip, whether it is there.
 */
export const CONTENT_SESSION_GLOBAL = 'newslens.content-session';

/**
 * Where name-lists.js leaves the name lists (src/nlp/gazetteer/*.json by file name). The extension build reads each
 * list from here instead of bundling it (scripts/lib/ner-model.mjs), so that the reader's script stays small.
 */
export const GAZETTEER_GLOBAL = 'newslens.gazetteer';
