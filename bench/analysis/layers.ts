// Times each layer of the Analysis on its own (structure, entities, times, quotes, facts): where the milliseconds go.
import { readStory } from '../../src/analyze';
import type { DocumentTagger } from '../../src/nlp/entities/find-entities';
import { parseCopiedText } from '../../src/structure/copied-text';

const RUNS = 40;

/** Median warm milliseconds of each layer over the copied-text page, in pipeline order. */
export function layerMedians(text: string, tagger: DocumentTagger): [string, number][] {
  const samples: Record<string, number[]> = { structure: [], entities: [], times: [], quotes: [], facts: [] };
  const time = <T>(name: string, run: () => T): T => {
    const started = performance.now();
    const value = run();
    samples[name]?.push(performance.now() - started);
    return value;
  };
  for (let run = 0; run < RUNS; run++) readStory(time('structure', () => parseCopiedText(text)), tagger, time);
  return Object.entries(samples).map(([name, values]) => {
    const sorted = [...values].sort((a, b) => a - b);
    return [name, sorted[Math.floor(sorted.length / 2)] ?? 0];
  });
}
