// The content script's entry point: starts one session per page, however often it is injected.
import { analyzeDocument } from '../src/analyze';
import { browserApi } from './browser-api';
import { startSession, type ContentSession } from './session';
import { shippedTagger } from './shipped-tagger';

// Every injection of this file shares one global scope (the extension's isolated world), so a
// registry symbol marks the running session and a second injection leaves it alone.
const SESSION_KEY = Symbol.for('newslens.content-session');
type Marked = typeof globalThis & { [SESSION_KEY]?: ContentSession };
const scope = globalThis as Marked;

if (!scope[SESSION_KEY]) {
  scope[SESSION_KEY] = startSession({
    api: browserApi,
    analyze: () => analyzeDocument(document, { url: location.href, tagger: shippedTagger() }),
    url: () => location.href,
    onTeardown: () => {
      delete scope[SESSION_KEY];
    },
  });
}
