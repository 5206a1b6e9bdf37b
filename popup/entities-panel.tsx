// The Entities tab: people, organisations, places and events by how central they are, filtered by type.
import type { Analysis, Span } from '../src/analysis';
import { ENTITY_TYPES, type EntityType } from '../src/settings';
import { bySalience, countBy, firstMention, indexEntities } from './analysis-lookup';
import { swatchStyle } from './entity-colours';
import { useT } from './i18n';
import { TypeFilter } from './type-filter';

interface EntitiesPanelProps {
  analysis: Analysis;
  hidden: ReadonlySet<EntityType>;
  onToggle: (type: EntityType) => void;
  onReveal: (span: Span) => void;
}

export function EntitiesPanel({ analysis, hidden, onToggle, onReveal }: EntitiesPanelProps) {
  const t = useT();
  if (analysis.entities.length === 0) return <p class="empty">{t('noEntities')}</p>;
  const entities = indexEntities(analysis);
  const counts = countBy(analysis.entities, (entity) => entity.type);
  const options = ENTITY_TYPES.filter((type) => counts.has(type))
    .map((type) => ({ value: type, label: t(`typePlural_${type}`), count: counts.get(type)!, swatch: type }));
  const shown = bySalience(analysis.entities).filter((entity) => !hidden.has(entity.type));
  return (
    <>
      <TypeFilter label={t('filterEntityTypes')} options={options} hidden={hidden} onToggle={onToggle} />
      <ul class="items">
        {shown.map((entity) => {
          const mention = firstMention(entity);
          const affiliation = entity.affiliation ? entities.get(entity.affiliation)?.name : null;
          const role = entity.role && affiliation ? t('roleOf', entity.role, affiliation) : entity.role;
          const mentions = entity.mentions.length === 1 ? t('mentionsOne') : t('mentionsMany', entity.mentions.length);
          return (
            <li key={entity.id}>
              <button type="button" class="item entity" data-entity={entity.id} data-type={entity.type} disabled={!mention}
                onClick={() => mention && onReveal(mention)}>
                <span class="swatch" style={swatchStyle(entity.type)} aria-hidden="true" />
                <span class="name">{entity.name}</span>
                {role && <span class="role">{role}</span>}
                <span class="meta">{t(`typeSingular_${entity.type}`)} · {mentions}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {shown.length === 0 && <p class="empty">{t('nothingShown')}</p>}
    </>
  );
}
