// The Quotes tab: what was said and by whom; a click shows the quote on the page.
import type { Analysis, Span } from '../src/analysis';
import { indexEntities, speakerName } from './analysis-lookup';
import { useT } from './i18n';

export function QuotesPanel({ analysis, onReveal }: { analysis: Analysis; onReveal: (span: Span) => void }) {
  const t = useT();
  if (analysis.quotes.length === 0) return <p class="empty">{t('noQuotes')}</p>;
  const entities = indexEntities(analysis);
  return (
    <ul class="items">
      {analysis.quotes.map((quote) => {
        const speaker = speakerName(quote, entities);
        return (
          <li key={quote.id}>
            <button type="button" class="item quote" data-kind={quote.kind} onClick={() => onReveal(quote.span)}>
              <q class="text">{quote.text}</q>
              <span class="meta">
                <span class="speaker">{speaker ?? t('unknownSpeaker')}</span> · {t(`quoteKind_${quote.kind}`)}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
