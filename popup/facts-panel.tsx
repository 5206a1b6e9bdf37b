// The Facts tab: each claim in one line with where it comes from, filtered by kind; a click shows its evidence.
import type { Analysis, Fact, Span } from '../src/analysis';
import { attributionName, countBy, indexEntities } from './analysis-lookup';
import { useT } from './i18n';
import { TypeFilter } from './type-filter';

export type FactKind = Fact['kind'];
export const FACT_KINDS: readonly FactKind[] = ['statement', 'event', 'relation', 'quantity'];

interface FactsPanelProps {
  analysis: Analysis;
  hidden: ReadonlySet<FactKind>;
  onToggle: (kind: FactKind) => void;
  onReveal: (span: Span) => void;
}

export function FactsPanel({ analysis, hidden, onToggle, onReveal }: FactsPanelProps) {
  const t = useT();
  if (analysis.facts.length === 0) return <p class="empty">{t('noFacts')}</p>;
  const entities = indexEntities(analysis);
  const counts = countBy(analysis.facts, (fact) => fact.kind);
  const options = FACT_KINDS.filter((kind) => counts.has(kind))
    .map((kind) => ({ value: kind, label: t(`factKind_${kind}`), count: counts.get(kind)! }));
  const shown = analysis.facts.filter((fact) => !hidden.has(fact.kind));
  return (
    <>
      <TypeFilter label={t('filterFactKinds')} options={options} hidden={hidden} onToggle={onToggle} />
      <ul class="items">
        {shown.map((fact) => {
          const source = attributionName(fact, entities);
          return (
            <li key={fact.id}>
              <button type="button" class="item fact" data-kind={fact.kind} onClick={() => onReveal(fact.evidence)}>
                <span class="text">{fact.text}</span>
                <span class="meta">
                  {source ? t('accordingTo', source) : t('noSourceGiven')}
                  {fact.when && <> · <span class="when">{fact.when}</span></>}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p class="empty">{t('nothingShown')}</p>}
    </>
  );
}
