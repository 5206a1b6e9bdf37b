// The Sources tab: who wrote, published, supplied and photographed the story, who is quoted and how often.
import type { Analysis, Span } from '../src/analysis';
import { firstMention, indexEntities } from './analysis-lookup';
import { joinNames } from './format';
import { useT, type MessageKey } from './i18n';

interface SourceRow {
  label: MessageKey;
  value: string;
}

/** The credit lines the page gives, in the order a reader checks them. */
export function sourceRows(analysis: Analysis): SourceRow[] {
  const { sources, article } = analysis;
  const rows: SourceRow[] = [];
  if (sources.authors.length) rows.push({ label: sources.authors.length > 1 ? 'labelAuthors' : 'labelAuthor', value: joinNames(sources.authors) });
  if (sources.publisher) rows.push({ label: 'labelPublisher', value: sources.publisher });
  if (sources.wire.length) rows.push({ label: 'labelWire', value: joinNames(sources.wire) });
  const photo = article.image?.credit ?? (sources.photo.length ? joinNames(sources.photo) : null);
  if (photo) rows.push({ label: 'labelPhoto', value: photo });
  return rows;
}

/** The tab's count: credit lines, people and bodies quoted, and unnamed sources. */
export function sourceCount(analysis: Analysis): number {
  return sourceRows(analysis).length + analysis.sources.named.length + (analysis.sources.anonymous > 0 ? 1 : 0);
}

export function SourcesPanel({ analysis, onReveal }: { analysis: Analysis; onReveal: (span: Span) => void }) {
  const t = useT();
  const { sources } = analysis;
  const rows = sourceRows(analysis);
  const entities = indexEntities(analysis);
  return (
    <>
      {rows.length === 0 ? (
        <p class="empty">{t('noCredits')}</p>
      ) : (
        <dl class="sources">
          {rows.map((row) => (
            <div class="source-row" key={row.label}>
              <dt>{t(row.label)}</dt>
              <dd>{row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {sources.named.length > 0 && (
        <>
          <h2 class="subhead">{t('quotedSources')}</h2>
          <ul class="items">
            {sources.named.map((named) => {
              const entity = entities.get(named.entity);
              const mention = entity ? firstMention(entity) : null;
              return (
                <li key={named.entity}>
                  <button type="button" class="item named-source" disabled={!mention} onClick={() => mention && onReveal(mention)}>
                    <span class="name">{entity?.name ?? named.entity}</span>
                    {entity?.role && <span class="role">{entity.role}</span>}
                    <span class="meta">{named.quotes === 1 ? t('quotesOne') : t('quotesMany', named.quotes)}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </>
      )}
      {(sources.anonymous > 0 || sources.unattributed > 0) && (
        <p class="source-totals">
          {sources.anonymous > 0 && <span class="anonymous">{t('anonymousSources', sources.anonymous)}</span>}
          {sources.unattributed > 0 && <span class="unattributed">{t('unattributedFacts', sources.unattributed)}</span>}
        </p>
      )}
    </>
  );
}
