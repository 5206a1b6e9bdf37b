// The options page: the sites Newslens annotates by itself, each with a way to stop it.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { OptionsBrowserApi } from './browser-api';

/** "https://www.trtworld.com/*" -> "www.trtworld.com", with the scheme when it is plain http. */
export function siteLabel(pattern: string): string {
  const match = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!match) return pattern;
  return match[1] === 'http' ? `${match[2]} (http)` : match[2]!;
}

export function OptionsApp({ api }: { api: OptionsBrowserApi }) {
  const [sites, setSites] = useState<string[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const refresh = useCallback(() => {
    api.sites().then(setSites, () => setSites([]));
  }, [api]);

  useEffect(() => {
    refresh();
    return api.onSitesChanged(refresh);
  }, [api, refresh]);

  async function remove(pattern: string) {
    setProblem(null);
    const removed = await api.removeSite(pattern).catch(() => false);
    if (!removed) setProblem(`The browser kept access to ${siteLabel(pattern)}.`);
    // The background script updates the stored list; onSitesChanged brings it here.
  }

  return (
    <main class="options">
      <h1>Newslens</h1>
      <h2>Sites annotated automatically</h2>
      <p class="hint">Newslens reads these sites as soon as a page opens. Everywhere else it reads a page only when you click its toolbar button.</p>
      {sites === null && <p>Loading…</p>}
      {sites?.length === 0 && <p class="empty">No sites yet. Turn on "Always annotate" in the popup on a news site to add it.</p>}
      {sites && sites.length > 0 && (
        <ul class="sites">
          {sites.map((pattern) => (
            <li key={pattern}>
              <span>{siteLabel(pattern)}</span>
              <button type="button" onClick={() => remove(pattern)}>Remove</button>
            </li>
          ))}
        </ul>
      )}
      {problem && <p class="problem" role="status">{problem}</p>}
    </main>
  );
}
