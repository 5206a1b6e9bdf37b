// The story reader over the shipped weights, yielding between slices: Firefox's event page and Chromium's reader's document each hold one.
import { takeModelBytes } from './model-fetch-start';
import { createStoryReader, type StoryReader } from './story-reader';
import { shippedTaggerFrom } from '../src/nlp/ner/shipped-tagger';
import { nextTask } from '../src/next-task';

/**
 * Both run on a thread the popup uses too (Firefox's event page; the extension's pages in Chromium), so the reader
 * yields between slices of ~10 ms and the popup stays responsive while a long page is read. The weights' fetch has
 * started already (model-fetch-start.ts, imported first by each entry); the reader unpacks them on first need.
 */
export function createShippedStoryReader(): StoryReader {
  return createStoryReader(async () => shippedTaggerFrom(await takeModelBytes()), { yieldNow: nextTask });
}
