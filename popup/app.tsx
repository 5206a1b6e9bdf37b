// The popup: loads the tab's Analysis once and shows it, or a plain message when it cannot.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PopupBrowserApi } from './browser-api';
import { loadAnalysis, type PopupState } from './load-analysis';
import { AnalysisView } from './analysis-view';
import { SiteToggle } from './site-toggle';

export function App({ api }: { api: PopupBrowserApi }) {
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    loadAnalysis(api).then(setState);
  }, [api]);
  useEffect(reload, [reload]);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header class="brand">
        <img src="icons/icon-32.png" width={16} height={16} alt="" />
        <span>Newslens</span>
      </header>
      {state.kind === 'loading' && <p class="loading">Reading the page…</p>}
      {state.kind === 'unavailable' && <p class="message" role="status">{state.message}</p>}
      {state.kind === 'ready' && <AnalysisView analysis={state.analysis} />}
      {state.kind !== 'loading' && state.origin && (
        <SiteToggle api={api} origin={state.origin} onGranted={state.kind === 'unavailable' ? reload : undefined} />
      )}
    </main>
  );
}
