// Where the Debian browsers live and the flags they need here (see ../shared/notes/browser-testing.md).
import { existsSync } from 'node:fs';

// CHROMIUM_PATH / FIREFOX_PATH replace the default (a path that does not exist means "no browser").
const CHROMIUM_CANDIDATES = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : ['/usr/lib/chromium/chromium'];
const FIREFOX_CANDIDATES = process.env.FIREFOX_PATH ? [process.env.FIREFOX_PATH] : ['/usr/lib/firefox-esr/firefox-esr'];

/** The Chromium binary itself (not Debian's /usr/bin wrapper, which adds flags and prints errors). */
export function chromiumPath() {
  return CHROMIUM_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function firefoxPath() {
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

/** Root needs --no-sandbox; the rest stops Chromium from reaching for the network or a GPU. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];
