// The options page: which entity types to highlight, the sites Newslens annotates by itself (each with a way to stop it), the shortcuts.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { useT } from '../popup/i18n';
import type { OptionsBrowserApi } from './browser-api';
import { HighlightTypesForm } from './highlight-types-form';
import { Shortcuts } from './shortcuts';

/** "https://www.trtworld.com/*" -> "www.trtworld.com", with the scheme when it is plain http. */
export function siteLabel(pattern: string): string {
  const match = /^(https?):\/\/([^/]+)\/\*$/.exec(pattern);
  if (!match) return pattern;
  return match[1] === 'http' ? `${match[2]} (http)` : match[2]!;
}

export function OptionsApp({ api }: { api: OptionsBrowserApi }) {
  const t = useT();
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
    if (!removed) setProblem(t('optionsSiteKept', siteLabel(pattern)));
    // The background script updates the stored list; onSitesChanged brings it here.
  }

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      <HighlightTypesForm api={api} />
      <h2>{t('optionsSitesHeading')}</h2>
      <p class="hint">{t('optionsSitesHint')}</p>
      {sites === null && <p>{t('optionsLoading')}</p>}
      {sites?.length === 0 && <p class="empty">{t('optionsNoSites')}</p>}
      {sites && sites.length > 0 && (
        <ul class="sites">
          {sites.map((pattern) => (
            <li key={pattern}>
              <span>{siteLabel(pattern)}</span>
              <button type="button" aria-label={t('optionsRemoveSite', siteLabel(pattern))} onClick={() => remove(pattern)}>{t('optionsRemove')}</button>
            </li>
          ))}
        </ul>
      )}
      {problem && <p class="problem" role="status">{problem}</p>}
      <Shortcuts api={api} />
    </main>
  );
}
