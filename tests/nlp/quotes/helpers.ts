// Shared test helpers: run the real pipeline (blocks → entities → quotes) on a file and look quotes up by their words.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, Entity } from '../../../src/analysis';
import { analyzeCopiedText, analyzePlainText } from '../../../src/analyze';
import { extractEntities } from '../../../src/nlp/entities/index';
import { extractQuotes, type ExtractedQuote } from '../../../src/nlp/quotes/index';

const here = dirname(fileURLToPath(import.meta.url));

export interface Run { blocks: Block[]; entities: Entity[]; quotes: ExtractedQuote[] }

export function runOn(blocks: Block[]): Run {
  const entities = extractEntities(blocks);
  return { blocks, entities, quotes: extractQuotes(blocks, entities) };
}

export function runFixture(name: string): Run {
  return runOn(analyzePlainText(readFileSync(join(here, 'fixtures', name), 'utf8')).blocks);
}

export function runSeed(): Run {
  return runOn(analyzeCopiedText(readFileSync('/work/shared/seed/trtworld-article.txt', 'utf8')).blocks);
}

/** The one quote whose text contains `words`; fails the test when there is none or several. */
export function quoteWith(run: Run, words: string): ExtractedQuote {
  const found = run.quotes.filter((q) => q.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one quote with "${words}", found ${found.length}: ${run.quotes.map((q) => q.text).join(' | ')}`);
  return found[0] as ExtractedQuote;
}

/** The name of the entity a quote's speaker (or via) points to. */
export function nameOf(run: Run, id: string | null): string | null {
  return id === null ? null : run.entities.find((e) => e.id === id)?.name ?? `missing ${id}`;
}
