// The pages' reader in the background: a page's HTML in, its structure and story out, with one copy of the tagger for every tab and code that stays compiled from one page to the next.
import type { Block, Entity } from '../src/analysis';
import { WARM_UP_BLOCKS, WARM_UP_PAGE_HTML } from '../src/analysis-warm-up';
import { readAfterEntities } from '../src/analyze';
import { parseHtmlDocument } from '../src/io/parse-html';
import { fail, isBackgroundRequest, ok, type BackgroundMethods, type Result } from '../src/messages';
import { findEntities, findEntitiesYielding, type DocumentTagger } from '../src/nlp/entities/find-entities';
import { NAME_LIST_PREPARATIONS } from '../src/nlp/gazetteer/prepare';
import { nextTask } from '../src/next-task';
import { runSteps, runStepsYielding, type YieldNow } from '../src/steps';
import { extractStructureSteps } from '../src/structure/extract-structure';
import type { StructuredPage } from '../src/structure/structured-page';

/*
 * Why here and not in the page: a content script starts in a fresh world on every page, so each page paid for
 * compiling the structure code (40–60 ms on the seed page), loading 5 MB of weights and name lists, unpacking them
 * and running the NLP code cold (150–250 ms before the marks), and every tab kept its own 10 MB table. The
 * background does the first-use work once per life, and a second page is read by code already compiled. The page
 * sends its HTML (document.documentElement.outerHTML, a native call) and draws the marks; the background parses
 * it with linkedom, as the CLI and the structure benchmark do, so the extension reads a page as they measure it.
 */

/** A page's HTML over this many characters is refused with an error rather than parsed (a 1 MB story's page is ~2 MB). */
export const MAX_PAGE_HTML = 20_000_000;

export interface StoryReader {
  /**
   * Does the first-use work before a page asks (unpacking the weights, building the name lists, compiling the
   * entity layer on an invented sentence, then every layer on an invented page), so a click's reading finds it done.
   * Once per reader's life; settles when done (the weights may still be on their way when it is called).
   */
  prepare(): Promise<void>;
  /** Answers a background request; undefined for any other message. */
  handle(message: unknown): Promise<Result<unknown>> | undefined;
}

export interface StoryReaderOptions {
  /**
   * Hands control back between slices of ~10 ms of the structure and the entity layer (src/steps.ts).
   * Firefox runs the background and the popup on one thread, so a 1 MB page's reading (about a second) would
   * freeze the popup in one task. Default: none, each is one task.
   */
  yieldNow?: YieldNow;
}

/** Tags no word: the entity layer then runs on its rules alone (the weights are missing or unreadable). */
const tagNoNames: DocumentTagger = (sentences) => sentences.map((words) => words.map(() => 'O'));

/**
 * `loadTagger` is called once, on first need; it may answer later (the background fetches the weights as it starts).
 * A loader that fails counts as no tagger.
 */
export function createStoryReader(loadTagger: () => DocumentTagger | null | Promise<DocumentTagger | null>, options: StoryReaderOptions = {}): StoryReader {
  let tagger: Promise<DocumentTagger> | null = null;
  let prepared: Promise<void> | null = null;
  /** A page has come in: what prepare has not done by then, the reading does. */
  let reading = false;
  const { yieldNow } = options;

  function taggerReady(): Promise<DocumentTagger> {
    // The executor calls the loader at once, and turns a throw into a rejection.
    tagger ??= new Promise<DocumentTagger | null>((resolve) => resolve(loadTagger()))
      .catch((error: unknown) => {
        console.warn('Newslens: no entity model; names come from rules alone.', error);
        return null;
      })
      .then((loaded) => loaded ?? tagNoNames);
    return tagger;
  }

  /**
   * A task per step (10–40 ms each), so that Firefox's popup, on the background's thread, stays responsive; and no
   * step once a page is being read, whose reading builds what it needs as it goes and needs no warm-up.
   */
  function prepare(): Promise<void> {
    prepared ??= (async () => {
      // The name lists first: they are here already, while the weights may still be on their way.
      for (const build of NAME_LIST_PREPARATIONS) {
        if (reading) return;
        build();
        await nextTask();
      }
      if (reading) return;
      const ready = await taggerReady();
      await nextTask();
      if (reading) return;
      // The entity layer first: the marks wait for it, and a page that comes in meanwhile compiles the structure
      // code as it is read.
      findEntities([...WARM_UP_BLOCKS], ready);
      // Then a whole invented page, a layer at a time, for a reader with time before its first page (Chromium's
      // document opened at install): the structure code, the entities on its blocks and the layers after them.
      await nextTask();
      if (reading) return;
      const page = await structureOf(WARM_UP_PAGE_HTML, 'https://courier.example/business/terminal');
      await nextTask();
      if (reading) return;
      const entities = await entitiesOf(page, ready);
      await nextTask();
      if (reading) return;
      readAfterEntities({ blocks: page.blocks, article: page.article }, entities);
    })().catch((error: unknown) => {
      // Only a head start is lost: the page's reading does the same work and reports its own failure.
      console.warn('Newslens: the reader could not get ready ahead of a page.', error);
    });
    return prepared;
  }

  async function readPage(args: BackgroundMethods['readPage']['args']): Promise<BackgroundMethods['readPage']['result']> {
    if (typeof args.html !== 'string') throw new Error('readPage: html must be a string');
    if (args.html.length > MAX_PAGE_HTML) throw new Error(`readPage: the page's HTML is ${args.html.length} characters, over the ${MAX_PAGE_HTML} this reader takes`);
    const url = typeof args.url === 'string' && /^https?:/i.test(args.url) ? args.url : null;
    reading = true;
    // Asked for first: weights still on their way come in while the structure is read.
    const tagger = taggerReady();
    const page = await structureOf(args.html, url);
    return { page, entities: await entitiesOf(page, await tagger) };
  }

  /** A page's structure from its HTML, yielding between slices where the reader yields. */
  function structureOf(html: string, url: string | null): Promise<StructuredPage> {
    const steps = extractStructureSteps(parseHtmlDocument(html), url);
    return yieldNow ? runStepsYielding(steps, yieldNow) : Promise.resolve(runSteps(steps));
  }

  /** The entities of a page's blocks, in the page's language, yielding between slices where the reader yields. */
  function entitiesOf(page: StructuredPage, tagger: DocumentTagger): Promise<Entity[]> {
    const language = { language: page.article.language };
    return yieldNow ? findEntitiesYielding(page.blocks, tagger, yieldNow, language) : Promise.resolve(findEntities(page.blocks, tagger, language));
  }

  const answer: { [M in keyof BackgroundMethods]: (args: BackgroundMethods[M]['args']) => BackgroundMethods[M]['result'] | Promise<BackgroundMethods[M]['result']> } = {
    prepare: async () => {
      await prepare();
      return { prepared: true };
    },
    readPage,
    readAfterEntities: (args) => {
      if (!Array.isArray(args.entities)) throw new Error('readAfterEntities: entities must be an array');
      if (typeof args.article !== 'object' || args.article === null) throw new Error('readAfterEntities: article must be an object');
      return readAfterEntities({ blocks: blocksOf(args.blocks), article: args.article }, args.entities);
    },
  };

  function handle(message: unknown): Promise<Result<unknown>> | undefined {
    if (!isBackgroundRequest(message)) return undefined;
    if (!Object.hasOwn(answer, message.method)) return Promise.resolve(fail(`Unknown method: ${message.method}`));
    try {
      const run = answer[message.method] as (args: unknown) => unknown;
      return Promise.resolve(run(message.args)).then(ok, fail);
    } catch (error) {
      return Promise.resolve(fail(error));
    }
  }

  return { prepare, handle };
}

/** The blocks of a request, checked: a message from a content script in a hostile page is still only data. */
function blocksOf(blocks: unknown): Block[] {
  if (!Array.isArray(blocks) || !blocks.every((block) => typeof block === 'object' && block !== null && typeof (block as Block).text === 'string' && typeof (block as Block).kind === 'string')) {
    throw new Error('the request\'s blocks must be an array of { kind, text }');
  }
  return blocks as Block[];
}
