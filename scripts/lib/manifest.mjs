// Derives each browser's manifest from the one manifest.json: the only place the two builds differ.

/**
 * Chrome wants `background.service_worker` and rejects Firefox's `browser_specific_settings`
 * with a warning; Firefox's MV3 runs `background.scripts` (an event page) and needs the gecko id.
 * `background` names the scripts that come before Firefox's background's own (the name lists). Chromium's worker
 * reads no page itself: it opens the reader's offscreen document (background/reader-document.ts), for which it needs
 * the "offscreen" permission, which Firefox does not know.
 */
export function manifestFor(browser, manifest, version, background = { nameListScripts: [] }) {
  const copy = structuredClone(manifest);
  copy.version = version ?? copy.version;
  if (browser === 'chrome') {
    copy.background = { service_worker: manifest.background.service_worker };
    copy.permissions = [...copy.permissions, 'offscreen'];
    delete copy.browser_specific_settings;
  } else if (browser === 'firefox') {
    copy.background = { scripts: [...background.nameListScripts, ...manifest.background.scripts] };
  } else {
    throw new Error(`Unknown browser: ${browser}`);
  }
  return copy;
}
