// The files the extension injects into a page, in order, and where the first leaves the tagger's weights for the second.

/**
 * The tagger's packed weights (one base64 string), the name lists the tagger and entity rules read, then the content
 * script, which reads both: the lists as it loads, the weights on its first analysis. Weights and lists are two files
 * because together they pass the 5 MB add-on stores parse a script up to; one executeScript call injects all three.
 */
export const INJECTED_SCRIPTS: readonly string[] = ['ner-model.js', 'name-lists.js', 'content.js'];

/**
 * Scripts one extension injects into a page share one global scope (its isolated world, never the page's),
 * so ner-model.js leaves the weights under this registry symbol and content.js takes them from there.
 */
export const NER_MODEL_GLOBAL = 'newslens.ner-model';

/**
 * Where name-lists.js leaves the name lists (src/nlp/gazetteer/*.json by file name). The extension build reads each
 * list from here instead of bundling it into content.js (scripts/lib/ner-model.mjs), so the content script stays small.
 */
export const GAZETTEER_GLOBAL = 'newslens.gazetteer';
