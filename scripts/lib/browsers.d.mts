// Types for browsers.mjs, so the TypeScript end-to-end tests can share it.
export function chromiumPath(): string | null;
export function firefoxPath(): string | null;
export const CHROMIUM_ARGS: string[];
