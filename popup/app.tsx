// The popup: loads the tab's Analysis once and shows it with its actions, or a plain message when it cannot.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Span } from '../src/analysis';
import { request } from '../src/messages';
import type { PopupBrowserApi } from './browser-api';
import { AnalysisView } from './analysis-view';
import { downloadAnalysis } from './download';
import { message, say, useT, type Message } from './i18n';
import { highlight, loadAnalysis, type PopupState } from './load-analysis';
import { analysisToMarkdown } from './markdown';
import { PageActions } from './page-actions';
import { SiteToggle } from './site-toggle';

export function App({ api }: { api: PopupBrowserApi }) {
  const t = useT();
  const [state, setState] = useState<PopupState>({ kind: 'loading' });
  const [status, setStatus] = useState<Message | null>(null);
  const [busy, setBusy] = useState(false);
  const reload = useCallback(() => {
    setState({ kind: 'loading' });
    loadAnalysis(api).then(setState);
  }, [api]);
  useEffect(reload, [reload]);

  const ready = state.kind === 'ready' ? state : null;

  async function reveal(span: Span) {
    if (!ready) return;
    setStatus(null);
    try {
      const result = await api.send(ready.tabId, request('reveal', { span }));
      setStatus(message(!result.ok ? 'revealFailed' : result.value.found ? 'revealed' : 'revealNotFound'));
    } catch {
      setStatus(message('revealFailed'));
    }
  }

  async function toggleHighlights() {
    if (!ready) return;
    setBusy(true);
    setStatus(null);
    let highlights = ready.highlights;
    if (highlights.on) {
      const removed = await api.send(ready.tabId, request('unhighlight', {})).catch(() => null);
      if (removed?.ok) highlights = { ...highlights, on: false };
      else setStatus(message('highlightsFailed'));
    } else {
      highlights = await highlight(api, ready.tabId, highlights.types);
      if (!highlights.on) setStatus(message('highlightsFailed'));
    }
    setState({ ...ready, highlights });
    setBusy(false);
  }

  async function copyMarkdown() {
    if (!ready) return;
    try {
      await api.copyText(analysisToMarkdown(ready.analysis, t));
      setStatus(message('copied'));
    } catch {
      setStatus(message('copyFailed'));
    }
  }

  function download() {
    if (!ready) return;
    downloadAnalysis(ready.analysis);
    setStatus(message('downloaded'));
  }

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      <header class="brand">
        <img src="icons/icon-32.png" width={16} height={16} alt="" />
        <span>{t('extensionName')}</span>
      </header>
      {state.kind === 'loading' && <p class="loading">{t('loading')}</p>}
      {state.kind === 'unavailable' && <p class="message" role="status">{say(t, state.message)}</p>}
      {ready && (
        <AnalysisView analysis={ready.analysis} onReveal={reveal}>
          <PageActions highlights={ready.highlights} busy={busy} onToggleHighlights={toggleHighlights} onCopy={copyMarkdown} onDownload={download} />
        </AnalysisView>
      )}
      <p class="status" role="status" aria-live="polite">{status ? say(t, status) : ''}</p>
      {state.kind !== 'loading' && state.origin && (
        <SiteToggle api={api} origin={state.origin} onGranted={state.kind === 'unavailable' ? reload : undefined} />
      )}
    </main>
  );
}
