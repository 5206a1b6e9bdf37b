// "Always annotate" sites: granted host permissions, the content scripts registered for them, and storage.
import { INJECTED_SCRIPTS } from '../src/injected-scripts';
import type { SiteRegistryApi, SiteScript } from './browser-api';

const ID_PREFIX = 'newslens-site:';

/**
 * One web site, as the popup's opt-in asks for it. Wildcard grants ("https://*\/*", made in the
 * browser's own site-access menu) are not a request to annotate every site, so they are skipped.
 */
export function isSitePattern(pattern: string): boolean {
  return /^https?:\/\/[^/*]+\/\*$/.test(pattern);
}

function scriptFor(pattern: string): SiteScript {
  return { id: ID_PREFIX + pattern, matches: [pattern] };
}

/** Makes registrations and storage match the granted permissions (after install, startup or a change). */
export async function syncSites(api: SiteRegistryApi): Promise<string[]> {
  const granted = new Set((await api.grantedOrigins()).filter(isSitePattern));
  const registered = (await api.registeredScripts()).filter((script) => script.id.startsWith(ID_PREFIX));
  // Stale: the site's permission is gone, or the registration injects another build's files (the weights and name
  // lists went into pages before the background read the stories), which an update leaves registered.
  const current = (script: SiteScript) => !script.js || script.js.join('\n') === INJECTED_SCRIPTS.join('\n');
  const stale = registered.filter((script) => !script.matches.every((pattern) => granted.has(pattern)) || !current(script));
  await api.unregisterScripts(stale.map((script) => script.id));
  const kept = new Set(registered.filter((script) => !stale.includes(script)).map((script) => script.id));
  const missing = [...granted].filter((pattern) => !kept.has(scriptFor(pattern).id));
  await api.registerScripts(missing.map(scriptFor));

  const sites = [...granted].sort();
  await api.writeSites(sites);
  return sites;
}

/**
 * Serialises syncs: permission events can arrive in a burst, and two overlapping syncs would try
 * to register the same script id twice.
 */
export function createSiteSync(api: SiteRegistryApi): () => Promise<string[]> {
  let running: Promise<string[]> = Promise.resolve([]);
  return () => {
    running = running.catch(() => []).then(() => syncSites(api));
    return running;
  };
}
