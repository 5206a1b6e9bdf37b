// Runs Mozilla Readability 0.6 on its own parse of the page (it mutates its input) and times only .parse().
import { Readability } from '@mozilla/readability';
import type { Prediction } from './prediction';

export function runReadability(doc: Document): { prediction: Prediction; ms: number } {
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
