// The Analysis in the popup: the article header, the page's actions, and the Facts · Entities · Quotes · Sources tabs.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { Analysis, Span } from '../src/analysis';
import type { EntityType } from '../src/settings';
import { ArticleHeader } from './article-header';
import { EntitiesPanel } from './entities-panel';
import { FactsPanel, type FactKind } from './facts-panel';
import { useT } from './i18n';
import { QuotesPanel } from './quotes-panel';
import { sourceCount, SourcesPanel } from './sources-panel';
import { Tabs, type TabSpec } from './tabs';
import { toggled } from './type-filter';

export type TabId = 'facts' | 'entities' | 'quotes' | 'sources';

interface AnalysisViewProps {
  analysis: Analysis;
  onReveal: (span: Span) => void;
  /** The page actions (highlights, copy, download), shown between the header and the tabs. */
  children?: ComponentChildren;
}

export function AnalysisView({ analysis, onReveal, children }: AnalysisViewProps) {
  const t = useT();
  // A page with no facts opens on what it has: entities when it names any.
  const [selected, setSelected] = useState<TabId>(analysis.facts.length === 0 && analysis.entities.length > 0 ? 'entities' : 'facts');
  // Filters live here, not in the panels, so they survive switching tabs.
  const [hiddenTypes, setHiddenTypes] = useState<ReadonlySet<EntityType>>(new Set());
  const [hiddenKinds, setHiddenKinds] = useState<ReadonlySet<FactKind>>(new Set());

  const tabs: TabSpec<TabId>[] = [
    { id: 'facts', label: t('tabFacts'), count: analysis.facts.length },
    { id: 'entities', label: t('tabEntities'), count: analysis.entities.length },
    { id: 'quotes', label: t('tabQuotes'), count: analysis.quotes.length },
    { id: 'sources', label: t('tabSources'), count: sourceCount(analysis) },
  ];
  const panel = (id: TabId) => {
    switch (id) {
      case 'facts':
        return <FactsPanel analysis={analysis} hidden={hiddenKinds} onToggle={(kind) => setHiddenKinds((hidden) => toggled(hidden, kind))} onReveal={onReveal} />;
      case 'entities':
        return <EntitiesPanel analysis={analysis} hidden={hiddenTypes} onToggle={(type) => setHiddenTypes((hidden) => toggled(hidden, type))} onReveal={onReveal} />;
      case 'quotes':
        return <QuotesPanel analysis={analysis} onReveal={onReveal} />;
      case 'sources':
        return <SourcesPanel analysis={analysis} onReveal={onReveal} />;
    }
  };

  return (
    <article class="analysis" aria-labelledby="article-title">
      {!analysis.isArticle && <p class="notice" role="note">{t('notAnArticle')}</p>}
      <ArticleHeader analysis={analysis} />
      {children}
      <Tabs label={t('tabsLabel')} tabs={tabs} selected={selected} onSelect={setSelected} renderPanel={panel} />
    </article>
  );
}
