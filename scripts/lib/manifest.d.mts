// Types for manifest.mjs, so the TypeScript tests can call it.
export function manifestFor(
  browser: string,
  manifest: Record<string, unknown>,
  version: string | undefined,
  background?: { nameListScripts: string[] },
  // The manifest's JSON, per browser: its fields are as the browsers define them.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
): any;
