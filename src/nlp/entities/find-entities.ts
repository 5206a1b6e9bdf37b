// The entity pipeline: a word tagger's names plus role, event, organisation and consistency rules, as the contract's Entity[].
import type { Block, Entity } from '../../analysis';
import { inReadingOrder } from './candidate';
import { assignAppositionRoles } from './apposition';
import { buildEntities } from './build-entities';
import { retypeCities } from './city-types';
import { addCompoundParts } from './compound-names';
import { addDemonymCountries, mergeCountryNames } from './country-mentions';
import { placeDemonyms, splitHyphenatedPlaces } from './demonym-mentions';
import { findEvents } from './events';
import { groupByName } from './groups';
import { addNameMatches } from './name-matches';
import { findDefiniteReferences, findOrganisations } from './organisations';
import { readBlockSteps, type DocumentTagger } from './read-blocks';
import { HEAVY_STEP, runSteps, runStepsYielding, type Steps, type YieldNow } from '../../steps';
import { assignTitleRoles } from './roles';
import { findTitledNames } from './titled-names';
import { addBracketedAcronyms, mergeShortForms } from './short-forms';
import { keepVouchedNames } from './capitalised-nouns';

export { documentTaggerOf, sentenceBySentence, type DocumentTagger, type WordTagger } from './read-blocks';

export interface FindEntitiesOptions {
  /** Characters read over all blocks (default 300 000, a very long article); the rest is not analysed. */
  maxChars?: number;
  /** Tokens tagged over all blocks (default 60 000). */
  maxTokens?: number;
  /**
   * The page's language (BCP 47; the Analysis's article.language). In a language that capitalises every noun
   * (German), only the entities the name lists vouch for are kept (capitalised-nouns.ts). Default: unknown.
   */
  language?: string | null;
}

/**
 * The people, organisations, places and events of a story. Reads the title, dek and body blocks (paragraph,
 * heading, quote, list item) and ignores the rest; related items are not blocks and never reach here.
 * Pure and total: any input returns (possibly no) entities, never throws. The tagger is a parameter so that this
 * module never pulls the model in: the extension loads it lazily, apart from its content script.
 */
export function findEntities(blocks: readonly Block[], tag: DocumentTagger, options: FindEntitiesOptions = {}): Entity[] {
  return runSteps(entitySteps(blocks, tag, options));
}

/**
 * findEntities over several tasks: `yieldNow` is awaited whenever a slice of the work has run about 10 ms
 * (src/steps.ts), inside the tagger too when it has steps (documentTaggerOf). The same entities as findEntities.
 */
export function findEntitiesYielding(
  blocks: readonly Block[],
  tag: DocumentTagger,
  yieldNow: YieldNow,
  options: FindEntitiesOptions & { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<Entity[]> {
  return runStepsYielding(entitySteps(blocks, tag, options), yieldNow, options);
}

/** The pipeline as steps: reading and tagging the blocks in their own steps, then a step per rule. */
function* entitySteps(blocks: readonly Block[], tag: DocumentTagger, options: FindEntitiesOptions): Steps<Entity[]> {
  const budget = { maxChars: options.maxChars ?? 300_000, maxTokens: options.maxTokens ?? 60_000 };
  const { tagged, candidates: taggerMentions } = yield* readBlockSteps(blocks, budget, tag);
  let candidates = splitHyphenatedPlaces(placeDemonyms(tagged, taggerMentions));
  yield HEAVY_STEP;
  candidates = findOrganisations(tagged, candidates);
  yield HEAVY_STEP;
  candidates = findEvents(tagged, candidates);
  yield HEAVY_STEP;
  candidates = inReadingOrder(findTitledNames(tagged, candidates));
  yield HEAVY_STEP;
  assignTitleRoles(candidates);
  yield HEAVY_STEP;
  assignAppositionRoles(candidates);
  yield HEAVY_STEP;
  candidates = inReadingOrder([...candidates, ...findDefiniteReferences(tagged, candidates)]);
  yield HEAVY_STEP;
  const groups = groupByName(candidates);
  yield HEAVY_STEP;
  addBracketedAcronyms(groups);
  yield HEAVY_STEP;
  const merged = mergeShortForms(groups);
  yield HEAVY_STEP;
  addNameMatches(tagged, merged);
  yield HEAVY_STEP;
  retypeCities(merged);
  const withParts = addCompoundParts(tagged, merged);
  yield HEAVY_STEP;
  const withCountries = mergeCountryNames(addDemonymCountries(tagged, withParts));
  yield HEAVY_STEP;
  return keepVouchedNames(buildEntities(withCountries, tagged), blocks, options.language);
}
