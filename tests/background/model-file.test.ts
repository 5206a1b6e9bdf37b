// The background reads the tagger's weights from its own package, and a missing or unreadable file only costs the tagger.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchModelBytes } from '../../background/model-file';

const url = (path: string) => `chrome-extension://abc/${path}`;

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('fetchModelBytes', () => {
  it('fetches ner-model.bin from the extension\'s own files and answers its bytes', async () => {
    const fetched = vi.fn(async () => new Response(new Uint8Array([78, 76, 78, 69, 82, 49])));
    vi.stubGlobal('fetch', fetched);
    expect(await fetchModelBytes(url)).toEqual(new Uint8Array([78, 76, 78, 69, 82, 49]));
    expect(fetched).toHaveBeenCalledWith('chrome-extension://abc/ner-model.bin');
  });

  it('answers null with a warning naming the file when it is missing or cannot be fetched', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.stubGlobal('fetch', async () => new Response('', { status: 404 }));
    expect(await fetchModelBytes(url)).toBeNull();
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchModelBytes(url)).toBeNull();
    expect(warn).toHaveBeenCalledTimes(2);
    expect(String(warn.mock.calls[0]![0])).toContain('chrome-extension://abc/ner-model.bin');
  });
});
