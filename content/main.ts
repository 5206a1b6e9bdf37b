// The content script's entry point: starts one session per page, however often it is injected, with the page highlighter.
import { analyzeDocumentApart } from '../src/analysis-apart';
import type { Analysis } from '../src/analysis';
import { CONTENT_SESSION_GLOBAL } from '../src/injected-scripts';
import { request } from '../src/messages';
import { isReadableDocumentType } from '../src/readable-documents';
import { browserApi } from './browser-api';
import { startCards } from './card/index';
import { createPageHighlighter } from './highlight/highlighter';
import { watchPage } from './highlight/page-watch';
import { highlightTypes, isAlwaysAnnotated } from './highlight/site-settings';
import { nextTask } from './highlight/yield';
import { startSession, type ContentSession, type PageHighlighter } from './session';
import { keepReaderReady } from './keep-reader-ready';
import { storyReaderClient } from './story-reader-client';

// Every injection of this file shares one global scope (the extension's isolated world), so a
// registry symbol marks the running session and a second injection leaves it alone.
const SESSION_KEY = Symbol.for(CONTENT_SESSION_GLOBAL);
type Marked = typeof globalThis & { [SESSION_KEY]?: ContentSession };
const scope = globalThis as Marked;

// Injected without a look first (the toolbar click saves that round trip): a file the browser shows, such as
// Chromium's PDF viewer, which scripts may enter, gets no session, and the popup explains why.
if (!scope[SESSION_KEY] && isReadableDocumentType(document.contentType)) {
  // The watcher re-reads a highlighted page that changed (lazy paragraphs, single-page navigation).
  const watch = watchPage(document, () => void refresh());
  // Set while a reported change is being redrawn, so that redraw does not reset the watcher's loop guard.
  let refreshing = false;
  const highlighter = createPageHighlighter(document, { guard: watch.guard });
  // Watching only while marks are on: an unhighlighted page has nothing to keep in step.
  const pageHighlighter: PageHighlighter = {
    get active() {
      return highlighter.active;
    },
    async highlight(analysis, types) {
      const summary = await highlighter.highlight(analysis, types);
      watch.start(!refreshing);
      return summary;
    },
    unhighlight() {
      watch.stop();
      return highlighter.unhighlight();
    },
    reveal: (analysis, span) => highlighter.reveal(analysis, span),
  };
  // The latest reading, for the hover cards (the session keeps its own cache for the protocol).
  let latest: Analysis | null = null;
  // The background reads the page (its first request, prepare, also tells a toolbar click that this script runs).
  const reader = storyReaderClient(browserApi.askBackground);
  const session = startSession({
    api: browserApi,
    // The page's HTML to the background, the structure and entities back (the marks are drawn then), then the rest.
    analyze: async (onEntities) =>
      (latest = await analyzeDocumentApart(document, {
        url: location.href,
        reader,
        signal: session.signal,
        onEntities: (partial) => {
          latest = partial;
          onEntities(partial);
        },
      })),
    url: () => location.href,
    highlighter: pageHighlighter,
    onTeardown: () => {
      watch.stop();
      highlighter.dispose();
      delete scope[SESSION_KEY];
    },
  });
  scope[SESSION_KEY] = session;
  // Sent once the session listens: the background, told this script runs, may ask for highlights at once.
  reader.prepare();
  // While this page is in front, the background stays ready for the reader's next click (on this tab or another).
  keepReaderReady(reader.prepare, document, session.signal);
  // Cards open on marks only, so they cost nothing until something is highlighted; the session's signal ends them.
  startCards(document, () => latest, session.signal);

  /** Reads the changed page again and redraws the marks with the same types, a stage per task. */
  async function refresh(): Promise<void> {
    if (session.signal.aborted || !highlighter.active) return;
    const types = highlighter.types ? [...highlighter.types] : undefined;
    await session.handle(request('analyze', { refresh: true }));
    await nextTask();
    if (session.signal.aborted || !highlighter.active) return;
    refreshing = true;
    try {
      await session.handle(request('highlight', types ? { types } : {}));
    } finally {
      refreshing = false;
    }
  }

  /**
   * A click on the toolbar button injects this script and the popup then asks for highlights itself; on a site
   * the reader chose to annotate always, nobody asks, so the page is highlighted as it loads, as soon as the
   * entities are read (the session waits for them; each stage of the reading is a task of its own).
   */
  async function highlightIfAlwaysAnnotated(): Promise<void> {
    if (!(await isAlwaysAnnotated(location.href))) return;
    const types = await highlightTypes();
    if (session.signal.aborted || highlighter.active) return;
    await session.handle(request('highlight', { types }));
  }
  // The script is injected when the reader asks (a click) or on an always-annotated site, so a reading follows at
  // once: it starts now (the page's part is one serialisation, under 4 ms on a 1 MB page), and the requests of the
  // background and the popup then wait for it instead of starting it.
  void session.handle(request('analyze', {}));
  void highlightIfAlwaysAnnotated();
}
