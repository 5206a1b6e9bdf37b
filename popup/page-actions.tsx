// What the reader can do with the page from the popup: highlights on or off, copy as Markdown, download JSON.
import { useT } from './i18n';
import type { HighlightState } from './load-analysis';

interface PageActionsProps {
  highlights: HighlightState;
  busy: boolean;
  onToggleHighlights: () => void;
  onCopy: () => void;
  onDownload: () => void;
}

export function PageActions({ highlights, busy, onToggleHighlights, onCopy, onDownload }: PageActionsProps) {
  const t = useT();
  return (
    <div class="actions">
      <button
        type="button"
        role="switch"
        class="switch"
        aria-checked={highlights.on}
        disabled={!highlights.available || busy}
        aria-describedby={highlights.available ? undefined : 'highlights-note'}
        onClick={onToggleHighlights}
      >
        <span class="track" aria-hidden="true"><span class="thumb" /></span>
        {t('highlightsLabel')}
      </button>
      {!highlights.available && <span class="note" id="highlights-note">{t('highlightsUnavailable')}</span>}
      <span class="spacer" />
      <button type="button" class="action copy" onClick={onCopy}>{t('copyMarkdown')}</button>
      <button type="button" class="action download" onClick={onDownload}>{t('downloadJson')}</button>
    </div>
  );
}
