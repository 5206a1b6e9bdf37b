// Runs Mozilla Readability 0.6: on jsdom for its answers (its reference DOM), on linkedom for timing beside ours.
import { Readability } from '@mozilla/readability';
import { createRequire } from 'node:module';
import { parseHTML } from 'linkedom';
import type { Prediction } from './prediction';

/** The slice of jsdom used here (the package ships no types, and @types/jsdom is not installed). */
interface JsdomModule {
  JSDOM: new (html: string, options: object) => { window: { document: Document; close(): void } };
  VirtualConsole: new () => object;
}
const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as JsdomModule;

/** Times only .parse() on a document parsed for Readability alone (it mutates its input). */
export function timeReadability(doc: Document): number {
  const started = performance.now();
  new Readability(doc).parse();
  return performance.now() - started;
}

/**
 * Readability's answers, from a jsdom parse. On linkedom it throws on some pages (a null node in _grabArticle)
 * and scores below the README's anchors, which were measured on jsdom.
 */
export function runReadabilityOnJsdom(html: string, url: string | null): { prediction: Prediction; ms: number } {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url && isHttpUrl(url) ? { url } : {}) });
  try {
    return runOn(dom.window.document);
  } finally {
    dom.window.close();
  }
}

/** For the rare page jsdom itself cannot build (its CSS parser throws on some inline styles). */
export function runReadabilityOnLinkedom(html: string): { prediction: Prediction; ms: number } {
  return runOn(parseHTML(html).document);
}

function runOn(doc: Document): { prediction: Prediction; ms: number } {
  const started = performance.now();
  const result = new Readability(doc).parse();
  const ms = performance.now() - started;
  return {
    ms,
    prediction: {
      title: result?.title ?? null,
      authors: result?.byline ? [result.byline] : [],
      published: result?.publishedTime ?? null,
      body: result ? (result.textContent ?? '') : null,
      dek: null,
      credit: null,
    },
  };
}

function isHttpUrl(url: string): boolean {
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}
