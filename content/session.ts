// One content-script session in a page: analyses on request, caches the result, answers the protocol.
import type { Analysis, Entity, Span } from '../src/analysis';
import { fail, isRequest, ok, type ContentMethods, type HighlightSummary, type Request, type Result } from '../src/messages';
import type { ContentBrowserApi } from './browser-api';

/** What draws on the page: kept apart from the session so the protocol is testable without a DOM writer. */
export interface PageHighlighter {
  /** Whether marks are on the page now. */
  readonly active: boolean;
  highlight(analysis: Analysis, types?: readonly Entity['type'][]): HighlightSummary;
  /** Removes every mark and restores the page's nodes; returns how many marks it removed. */
  unhighlight(): number;
  /** Scrolls to a span of the Analysis and flashes it; false when it is not on the page. */
  reveal(analysis: Analysis, span: Span): boolean;
}

export interface SessionOptions {
  api: ContentBrowserApi;
  /** Reads the page into an Analysis; pure, never writes to the page. */
  analyze: () => Analysis;
  /** The page's current address (it may change under single-page apps). */
  url: () => string;
  /** Draws the highlights; without one, highlight and reveal answer with an error. */
  highlighter?: PageHighlighter;
  /** Called once when the session ends, so the entry point can allow a fresh injection. */
  onTeardown?: () => void;
}

export interface ContentSession {
  handle(message: unknown): Promise<Result<unknown>> | undefined;
  teardown(): void;
  readonly signal: AbortSignal;
}

/** Starts a session: one AbortController owns every listener, so teardown removes them all. */
export function startSession(options: SessionOptions): ContentSession {
  const controller = new AbortController();
  let cached: { url: string; analysis: Analysis } | null = null;

  function analysis(refresh: boolean): Analysis {
    const url = options.url();
    // A new address means a new article (single-page navigation), so the cache no longer applies.
    if (!cached || refresh || cached.url !== url) cached = { url, analysis: options.analyze() };
    return cached.analysis;
  }

  const answer: { [M in keyof ContentMethods]: (args: ContentMethods[M]['args']) => ContentMethods[M]['result'] } = {
    analyze: (args) => analysis(args.refresh === true),
    ping: () => ({ ready: cached !== null && cached.url === options.url(), url: options.url(), highlighted: options.highlighter?.active ?? false }),
    highlight: (args) => highlighter().highlight(analysis(false), args.types),
    unhighlight: () => ({ removed: options.highlighter?.unhighlight() ?? 0 }),
    reveal: (args) => ({ found: highlighter().reveal(analysis(false), args.span) }),
    teardown: () => {
      queueMicrotask(teardown);
      return { removed: true };
    },
  };

  function highlighter(): PageHighlighter {
    if (!options.highlighter) throw new Error('This page cannot be highlighted');
    return options.highlighter;
  }

  function teardown() {
    if (controller.signal.aborted) return;
    options.highlighter?.unhighlight();
    controller.abort();
    cached = null;
    options.onTeardown?.();
  }

  function handle(message: unknown): Promise<Result<unknown>> | undefined {
    if (controller.signal.aborted || !isRequest(message)) return undefined;
    // Own keys only: "constructor" or "toString" must not reach Object.prototype's functions.
    if (!Object.hasOwn(answer, message.method)) return Promise.resolve(fail(`Unknown method: ${message.method}`));
    const handler = answer[message.method] as (args: Request['args']) => unknown;
    try {
      return Promise.resolve(ok(handler(message.args)));
    } catch (error) {
      return Promise.resolve(fail(error));
    }
  }

  options.api.onMessage(handle, controller.signal);
  return { handle, teardown, signal: controller.signal };
}
