// Shared test helpers: run the real pipeline (structure → entities → times → quotes → facts) and look facts up.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Analysis, Fact } from '../../../src/analysis';
import { analyzeCopiedText, analyzePlainText } from '../../../src/analyze';
import { extractFacts } from '../../../src/nlp/facts/index';
import { tagDocument } from '../../../src/nlp/ner';

const here = dirname(fileURLToPath(import.meta.url));
export const SEED = '/work/shared/seed/trtworld-article.txt';

export interface FactRun { analysis: Analysis; facts: Fact[] }

export function inputOf(analysis: Analysis) {
  return { blocks: analysis.blocks, entities: analysis.entities, times: analysis.times, quotes: analysis.quotes, article: analysis.article };
}

function run(analysis: Analysis): FactRun {
  return { analysis, facts: extractFacts(inputOf(analysis)) };
}

export const runSeed = (): FactRun => run(analyzeCopiedText(readFileSync(SEED, 'utf8'), { tagger: tagDocument }));
/** A fixture of this folder, in the copied-page format (header, date, body, "SOURCE:" credit). */
export const runCopied = (name: string): FactRun => run(analyzeCopiedText(readFileSync(join(here, 'fixtures', name), 'utf8'), { tagger: tagDocument }));
/** A fixture of the quotes suite (plain text, one paragraph a line); read from there, not copied. */
export const runQuotesFixture = (name: string): FactRun =>
  run(analyzePlainText(readFileSync(join(here, '../quotes/fixtures', name), 'utf8'), { tagger: tagDocument }));

/** The one fact of `kind` whose line contains `words`; fails when there is none or several. */
export function factWith(result: FactRun, kind: Fact['kind'], words: string): Fact {
  const found = result.facts.filter((f) => f.kind === kind && f.text.includes(words));
  if (found.length !== 1) throw new Error(`expected one ${kind} with "${words}", found ${found.length}: ${result.facts.map((f) => `${f.kind}: ${f.text}`).join(' | ')}`);
  return found[0] as Fact;
}

/** Entity ids → names, so expectations read as the article does. */
export function names(result: FactRun, ids: readonly (string | null)[]): (string | null)[] {
  return ids.map((id) => (id === null ? null : result.analysis.entities.find((e) => e.id === id)?.name ?? `missing ${id}`));
}

export function nameOf(result: FactRun, id: string | null): string | null {
  return names(result, [id])[0] ?? null;
}

/** The text a span covers. */
export function spanText(result: FactRun, fact: Fact): string {
  return result.analysis.blocks[fact.evidence.block]?.text.slice(fact.evidence.start, fact.evidence.end) ?? '';
}
