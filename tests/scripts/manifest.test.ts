// The two browsers' manifests from the one manifest.json: where they must differ, and nothing else.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { manifestFor } from '../../scripts/lib/manifest.mjs';

const manifest = JSON.parse(readFileSync('manifest.json', 'utf8'));
const background = { nameListScripts: ['name-lists.js'] };

describe('manifestFor', () => {
  it('gives Chromium a service worker and the offscreen permission its reader\'s document needs, and no gecko settings', () => {
    const chrome = manifestFor('chrome', manifest, '1.2.3', background);
    expect(chrome.background).toEqual({ service_worker: 'background.js' });
    expect(chrome.permissions).toEqual(['activeTab', 'scripting', 'storage', 'offscreen']);
    expect(chrome.browser_specific_settings).toBeUndefined();
    expect(chrome.version).toBe('1.2.3');
  });

  it('gives Firefox an event page that loads the name lists first, and only the permissions of manifest.json', () => {
    const firefox = manifestFor('firefox', manifest, '1.2.3', background);
    expect(firefox.background).toEqual({ scripts: ['name-lists.js', 'background.js'] });
    expect(firefox.permissions).toEqual(['activeTab', 'scripting', 'storage']);
    expect(firefox.browser_specific_settings.gecko.id).toBe('newslens@newslens.example');
  });

  it('leaves manifest.json as it was, and refuses a browser it does not know', () => {
    const before = structuredClone(manifest);
    manifestFor('chrome', manifest, '1.2.3', background);
    expect(manifest).toEqual(before);
    expect(() => manifestFor('safari', manifest, '1.2.3', background)).toThrow('Unknown browser: safari');
  });
});
