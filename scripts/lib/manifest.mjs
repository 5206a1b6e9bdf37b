// Derives each browser's manifest from the one manifest.json: the only place the two builds differ.

/**
 * Chrome wants `background.service_worker` and rejects Firefox's `browser_specific_settings`
 * with a warning; Firefox's MV3 runs `background.scripts` (an event page) and needs the gecko id.
 * `background` names the scripts that come before the background's own (the tagger's weights and the name
 * lists) and Chromium's worker file that imports them, one file being all a service worker may name.
 */
export function manifestFor(browser, manifest, version, background = { nameListScripts: [], workerScript: null }) {
  const copy = structuredClone(manifest);
  copy.version = version ?? copy.version;
  if (browser === 'chrome') {
    copy.background = { service_worker: background.workerScript ?? manifest.background.service_worker };
    delete copy.browser_specific_settings;
  } else if (browser === 'firefox') {
    copy.background = { scripts: [...background.nameListScripts, ...manifest.background.scripts] };
  } else {
    throw new Error(`Unknown browser: ${browser}`);
  }
  return copy;
}
