// "Always annotate" bookkeeping: registrations and storage follow the browser's granted sites.
import { describe, expect, it } from 'vitest';
import type { SiteRegistryApi, SiteScript } from '../../background/browser-api';
import { createSiteSync, isSitePattern, syncSites } from '../../background/site-registry';
import { INJECTED_SCRIPTS } from '../../src/injected-scripts';

function fakeBrowser(granted: string[], registered: SiteScript[] = []) {
  const state = { granted: [...granted], registered: [...registered], stored: [] as string[] };
  const api: SiteRegistryApi = {
    grantedOrigins: async () => [...state.granted],
    registeredScripts: async () => state.registered.map((script) => ({ ...script })),
    registerScripts: async (scripts) => {
      for (const script of scripts) {
        // Chrome and Firefox both reject a second registration with the same id.
        if (state.registered.some((known) => known.id === script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        state.registered.push(script);
      }
    },
    unregisterScripts: async (ids) => {
      state.registered = state.registered.filter((script) => !ids.includes(script.id));
    },
    readSites: async () => [...state.stored],
    writeSites: async (sites) => {
      state.stored = [...sites];
    },
    onPermissionsChanged: () => undefined,
    onStartup: () => undefined,
  };
  return { api, state };
}

describe('syncSites', () => {
  it('registers the content script for each granted site and remembers the sites', async () => {
    const { api, state } = fakeBrowser(['https://www.trtworld.com/*', 'http://127.0.0.1/*']);
    expect(await syncSites(api)).toEqual(['http://127.0.0.1/*', 'https://www.trtworld.com/*']);
    expect(state.registered.map((script) => script.matches)).toEqual([['https://www.trtworld.com/*'], ['http://127.0.0.1/*']]);
    expect(state.stored).toEqual(['http://127.0.0.1/*', 'https://www.trtworld.com/*']);
  });

  it('unregisters a site whose permission was revoked, and keeps other extensions\' ids alone', async () => {
    const { api, state } = fakeBrowser(['https://a.example/*'], [
      { id: 'newslens-site:https://a.example/*', matches: ['https://a.example/*'] },
      { id: 'newslens-site:https://b.example/*', matches: ['https://b.example/*'] },
      { id: 'something-else', matches: ['https://c.example/*'] },
    ]);
    await syncSites(api);
    expect(state.registered.map((script) => script.id)).toEqual(['newslens-site:https://a.example/*', 'something-else']);
    expect(state.stored).toEqual(['https://a.example/*']);
  });

  it('registers again a site whose script injects an older build\'s files', async () => {
    const { api, state } = fakeBrowser(['https://a.example/*', 'https://b.example/*'], [
      { id: 'newslens-site:https://a.example/*', matches: ['https://a.example/*'], js: ['ner-model.js', 'content.js'] },
      { id: 'newslens-site:https://b.example/*', matches: ['https://b.example/*'], js: [...INJECTED_SCRIPTS] },
    ]);
    let registrations = 0;
    const register = api.registerScripts;
    api.registerScripts = async (scripts) => {
      registrations += scripts.length;
      // As the browser does: a new registration injects the current files.
      await register(scripts.map((script) => ({ ...script, js: [...INJECTED_SCRIPTS] })));
    };
    await syncSites(api);
    expect(registrations).toBe(1);
    expect(state.registered.map((script) => [script.id, script.js])).toEqual([
      ['newslens-site:https://b.example/*', INJECTED_SCRIPTS],
      ['newslens-site:https://a.example/*', INJECTED_SCRIPTS],
    ]);
  });

  it('ignores grants that are not one web site', async () => {
    const { api, state } = fakeBrowser(['<all_urls>', 'file:///*', 'https://*/*', 'https://news.example/*']);
    await syncSites(api);
    expect(state.stored).toEqual(['https://news.example/*']);
  });
});

describe('createSiteSync', () => {
  it('serialises a burst of permission events so no script is registered twice', async () => {
    const { api, state } = fakeBrowser(['https://a.example/*']);
    const sync = createSiteSync(api);
    await Promise.all([sync(), sync(), sync()]);
    expect(state.registered).toHaveLength(1);
  });
});

describe('isSitePattern', () => {
  it('accepts exactly scheme://host/*', () => {
    expect(isSitePattern('http://127.0.0.1/*')).toBe(true);
    expect(isSitePattern('https://www.trtworld.com/*')).toBe(true);
    expect(isSitePattern('https://www.trtworld.com/asia/*')).toBe(false);
    expect(isSitePattern('*://example.com/*')).toBe(false);
  });
});
