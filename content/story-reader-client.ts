// The content script's side of the page reader: the background reads the page's HTML (background/story-reader.ts), the page draws the marks.
import type { StoryReaderClient } from '../src/analysis-apart';
import { backgroundRequest, type BackgroundMethod, type BackgroundMethods, type BackgroundRequest, type Result } from '../src/messages';

/** Sends one request to the background and gives its answer. */
export type AskBackground = (message: BackgroundRequest) => Promise<unknown>;

/** The reader, over the content script's channel to the background; a refusal or a lost answer rejects with the reason. */
export function storyReaderClient(ask: AskBackground): StoryReaderClient & { prepare(): void } {
  async function call<M extends BackgroundMethod>(method: M, args: BackgroundMethods[M]['args']): Promise<BackgroundMethods[M]['result']> {
    const result = (await ask(backgroundRequest(method, args))) as Result<BackgroundMethods[M]['result']> | undefined;
    if (!result || typeof result !== 'object') throw new Error(`The background gave no answer to ${method}`);
    if (!result.ok) throw new Error(`The background could not ${method}: ${result.error}`);
    return result.value;
  }
  return {
    // Not awaited by anyone: the background gets ready while the page sets up and sends its HTML; a failure shows in the reading.
    prepare: () => void call('prepare', {}).catch(() => undefined),
    readPage: (html, url) => call('readPage', { html, url }),
    readAfterEntities: (page, entities) => call('readAfterEntities', { blocks: page.blocks, article: page.article, entities }),
  };
}
