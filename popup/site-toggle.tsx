// "Always annotate on this site": the opt-in that grants one site's optional host permission.
import { useEffect, useState } from 'preact/hooks';
import type { PopupBrowserApi } from './browser-api';
import { sitePattern } from './page-access';
import { message, say, useT, type Message } from './i18n';

interface SiteToggleProps {
  api: PopupBrowserApi;
  origin: string;
  /** Called after access was granted, so the popup can read a page it could not read before. */
  onGranted?: () => void;
}

/**
 * The background script reacts to the permission change itself (registers or unregisters the
 * content script and remembers the site): Firefox may close the popup while it asks the user,
 * so nothing after `permissions.request` is allowed to matter here.
 */
export function SiteToggle({ api, origin, onGranted }: SiteToggleProps) {
  const t = useT();
  const pattern = sitePattern(origin);
  const host = new URL(origin).hostname;
  const [enabled, setEnabled] = useState<boolean | null>(null);
  const [problem, setProblem] = useState<Message | null>(null);

  useEffect(() => {
    api.hasSiteAccess(pattern).then(setEnabled, () => setEnabled(false));
  }, [api, pattern]);

  async function toggle() {
    setProblem(null);
    try {
      if (enabled) {
        const removed = await api.removeSiteAccess(pattern);
        setEnabled(!removed);
      } else {
        const granted = await api.requestSiteAccess(pattern);
        setEnabled(granted);
        if (granted) onGranted?.();
        else setProblem(message('siteNotGranted', host));
      }
    } catch {
      setProblem(message('siteChangeRefused'));
    }
  }

  return (
    <div class="site-toggle">
      <label>
        <input type="checkbox" checked={enabled === true} disabled={enabled === null} onChange={toggle} />
        {t('alwaysAnnotate', host)}
      </label>
      <button type="button" class="link" onClick={() => void api.openOptions().catch(() => undefined)}>{t('manageSites')}</button>
      {problem && <p class="problem" role="status">{say(t, problem)}</p>}
    </div>
  );
}
