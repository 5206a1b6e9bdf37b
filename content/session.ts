// One content-script session in a page: analyses on request (the entities first), caches the result, answers the protocol.
import type { Analysis, Entity, Span } from '../src/analysis';
import { fail, isRequest, ok, type ContentMethods, type HighlightSummary, type Request, type Result } from '../src/messages';
import type { ContentBrowserApi } from './browser-api';

/** What draws on the page: kept apart from the session so the protocol is testable without a DOM writer. */
export interface PageHighlighter {
  /** Whether marks are on the page now. */
  readonly active: boolean;
  highlight(analysis: Analysis, types?: readonly Entity['type'][]): HighlightSummary | Promise<HighlightSummary>;
  /** Removes every mark and restores the page's nodes; returns how many marks it removed. */
  unhighlight(): number;
  /** Scrolls to a span of the Analysis and flashes it; false when it is not on the page. */
  reveal(analysis: Analysis, span: Span): boolean;
}

export interface SessionOptions {
  api: Pick<ContentBrowserApi, 'onMessage'>;
  /**
   * Reads the page into an Analysis; pure, never writes to the page. It may take several tasks, and may hand over
   * the Analysis as far as the entities (`onEntities`) before the rest is read: highlighting needs no more.
   */
  analyze: (onEntities: (partial: Analysis) => void) => Analysis | Promise<Analysis>;
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

/** One reading of the page: the whole Analysis, and the earlier one with the entities that marks need. */
interface Reading {
  url: string;
  whole: Promise<Analysis>;
  entities: Promise<Analysis>;
  done: boolean;
}

/** The marks asked for last: a second request for the same reading and types (popup and background both ask) gets the same. */
interface Marking {
  reading: Reading;
  types: string;
  summary: Promise<HighlightSummary>;
  /** Settled: the marks were drawn (or the request called off). */
  drawn: boolean;
}

const NOTHING_MARKED: HighlightSummary = { marks: 0, entities: 0, unplaced: 0 };

/** Starts a session: one AbortController owns every listener, so teardown removes them all. */
export function startSession(options: SessionOptions): ContentSession {
  const controller = new AbortController();
  let cached: Reading | null = null;
  let marking: Marking | null = null;

  function read(refresh: boolean): Reading {
    const url = options.url();
    // A new address means a new article (single-page navigation), so the cache no longer applies.
    if (cached && !refresh && cached.url === url) return cached;
    let early: ((partial: Analysis) => void) | null = null;
    const entities = new Promise<Analysis>((resolve) => (early = resolve));
    const whole = Promise.resolve().then(() => options.analyze((partial) => early?.(partial)));
    const reading: Reading = { url, whole, entities: Promise.race([entities, whole]), done: false };
    whole.then(() => (reading.done = true), () => undefined);
    // Only highlight waits for the entities; a failure is answered through `whole` when nobody does.
    reading.entities.catch(() => undefined);
    // A failed reading is not kept: the next request tries again.
    whole.catch(() => {
      if (cached === reading) cached = null;
    });
    cached = reading;
    return reading;
  }

  async function highlight(types: Entity['type'][] | undefined): Promise<HighlightSummary> {
    const drawer = highlighter();
    const reading = read(false);
    const key = types ? [...types].sort().join(',') : '*';
    // Shared while it is being drawn or while its marks are on; marks that went some other way are drawn again.
    if (marking && marking.reading === reading && marking.types === key && (!marking.drawn || drawer.active)) return marking.summary;
    const entry: Marking = { reading, types: key, summary: Promise.resolve(NOTHING_MARKED), drawn: false };
    // Called off (unhighlight, another request, teardown) while the entities were still being read: nothing is drawn.
    entry.summary = reading.entities.then((analysis) => (marking === entry ? drawer.highlight(analysis, types) : NOTHING_MARKED));
    marking = entry;
    entry.summary.then(
      () => (entry.drawn = true),
      () => {
        if (marking === entry) marking = null;
      },
    );
    return entry.summary;
  }

  const answer: { [M in keyof ContentMethods]: (args: ContentMethods[M]['args']) => ContentMethods[M]['result'] | Promise<ContentMethods[M]['result']> } = {
    analyze: (args) => read(args.refresh === true).whole,
    ping: () => ({ ready: cached !== null && cached.done && cached.url === options.url(), url: options.url(), highlighted: options.highlighter?.active ?? false }),
    highlight: (args) => highlight(args.types),
    unhighlight: () => {
      marking = null;
      return { removed: options.highlighter?.unhighlight() ?? 0 };
    },
    reveal: async (args) => {
      const drawer = highlighter();
      return { found: drawer.reveal(await read(false).whole, args.span) };
    },
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
    marking = null;
    options.onTeardown?.();
  }

  function handle(message: unknown): Promise<Result<unknown>> | undefined {
    if (controller.signal.aborted || !isRequest(message)) return undefined;
    // Own keys only: "constructor" or "toString" must not reach Object.prototype's functions.
    if (!Object.hasOwn(answer, message.method)) return Promise.resolve(fail(`Unknown method: ${message.method}`));
    const handler = answer[message.method] as (args: Request['args']) => unknown;
    try {
      return Promise.resolve(handler(message.args)).then(ok, fail);
    } catch (error) {
      return Promise.resolve(fail(error));
    }
  }

  options.api.onMessage(handle, controller.signal);
  return { handle, teardown, signal: controller.signal };
}
