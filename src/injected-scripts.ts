// The files the extension injects into a page, in order, and where the first leaves the tagger's weights for the second.

/** The tagger's packed weights as one base64 string (~3.6 MB), then the content script that reads them on first analysis. */
export const INJECTED_SCRIPTS: readonly string[] = ['ner-model.js', 'content.js'];

/**
 * Scripts one extension injects into a page share one global scope (its isolated world, never the page's),
 * so ner-model.js leaves the weights under this registry symbol and content.js takes them from there.
 */
export const NER_MODEL_GLOBAL = 'newslens.ner-model';
