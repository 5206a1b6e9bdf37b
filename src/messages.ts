// The one typed message protocol between popup, content script and background: method -> args -> result.
import type { Analysis, Article, Block, Entity, Span } from './analysis';
import type { ReadingAfterEntities } from './analyze';
import type { StructuredPage } from './structure/structured-page';

/** Every request the popup or background can make of the content script, with its argument and result. */
export interface ContentMethods {
  /** Analyse the page (cached after the first call) and return the Analysis. */
  analyze: { args: { refresh?: boolean }; result: Analysis };
  /** Whether the content script is present and has analysed the page, and whether its highlights are on. */
  ping: { args: Record<string, never>; result: { ready: boolean; url: string; highlighted: boolean } };
  /** Mark the Analysis's entity mentions on the page (analysing first when needed); `types` limits the entity types marked. */
  highlight: { args: { types?: Entity['type'][] }; result: HighlightSummary };
  /** Remove every highlight, restoring the page's nodes; the Analysis stays cached. */
  unhighlight: { args: Record<string, never>; result: { removed: number } };
  /** Scroll the page to one span of the Analysis and flash it. */
  reveal: { args: { span: Span }; result: { found: boolean } };
  /** Remove everything the content script added to the page. */
  teardown: { args: Record<string, never>; result: { removed: boolean } };
}

/**
 * What the content script asks of the background, which reads the pages of every tab with one warm copy of the
 * structure code, the tagger and the NLP layers (background/story-reader.ts): the page only sends its HTML.
 */
export interface BackgroundMethods {
  /** Get ready (unpack the weights, build the name lists, compile the layers) while the page is serialised. */
  prepare: { args: Record<string, never>; result: { prepared: true } };
  /** The page's structure and its story's entities: all the marks need. */
  readPage: { args: { html: string; url: string | null }; result: { page: StructuredPage; entities: Entity[] } };
  /** The layers that read the entities: times, quotes and facts. */
  readAfterEntities: { args: { blocks: Block[]; article: Article; entities: Entity[] }; result: ReadingAfterEntities };
}

export type BackgroundMethod = keyof BackgroundMethods;

/** A request for the background; `to` keeps it apart from the content script's requests on the same channel. */
export interface BackgroundRequest<M extends BackgroundMethod = BackgroundMethod> {
  newslens: 1;
  to: 'background';
  method: M;
  args: BackgroundMethods[M]['args'];
}

export function backgroundRequest<M extends BackgroundMethod>(method: M, args: BackgroundMethods[M]['args']): BackgroundRequest<M> {
  return { newslens: 1, to: 'background', method, args };
}

/** Narrows an unknown message to a request for the background. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<BackgroundRequest>;
  return candidate.newslens === 1 && candidate.to === 'background' && typeof candidate.method === 'string' && typeof candidate.args === 'object' && candidate.args !== null;
}

/**
 * A background request passed on by Chromium's service worker to the reader's document (background/reader-document.ts),
 * which outlives the worker; `to` keeps it apart from the popup's and the content script's messages on the same channel.
 */
export interface ReaderDocumentRequest {
  newslens: 1;
  to: 'reader-document';
  request: BackgroundRequest;
}

export function readerDocumentRequest(request: BackgroundRequest): ReaderDocumentRequest {
  return { newslens: 1, to: 'reader-document', request };
}

/** Narrows an unknown message to a request passed on to the reader's document. */
export function isReaderDocumentRequest(message: unknown): message is ReaderDocumentRequest {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<ReaderDocumentRequest>;
  return candidate.newslens === 1 && candidate.to === 'reader-document' && isBackgroundRequest(candidate.request);
}

/** What highlighting did: marks written on the page, entities they belong to, and mentions that could not be placed. */
export interface HighlightSummary {
  marks: number;
  entities: number;
  unplaced: number;
}

export type ContentMethod = keyof ContentMethods;

export interface Request<M extends ContentMethod = ContentMethod> {
  /** Marks our messages so that others on the same channel are ignored. */
  newslens: 1;
  method: M;
  args: ContentMethods[M]['args'];
}

/** Errors don't cross the message boundary, so results travel as values. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export function request<M extends ContentMethod>(method: M, args: ContentMethods[M]['args']): Request<M> {
  return { newslens: 1, method, args };
}

/** Narrows an unknown message to one of ours; anything else is not for us. */
export function isRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const candidate = message as Partial<Request> & { to?: unknown };
  return candidate.newslens === 1 && candidate.to === undefined && typeof candidate.method === 'string' && typeof candidate.args === 'object';
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(error: unknown): Result<never> {
  return { ok: false, error: error instanceof Error ? error.message : String(error) };
}
