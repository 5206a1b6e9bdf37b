// The options page's choice of entity types to highlight; each change is saved at once.
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../popup/i18n';
import { swatchStyle } from '../popup/entity-colours';
import type { OptionsBrowserApi } from './browser-api';
import { ENTITY_TYPES, type EntityType } from '../src/settings';

export function HighlightTypesForm({ api }: { api: OptionsBrowserApi }) {
  const t = useT();
  const [types, setTypes] = useState<EntityType[] | null>(null);
  const [saved, setSaved] = useState<'saved' | 'failed' | null>(null);

  useEffect(() => {
    api.highlightTypes().then(setTypes, () => setTypes([...ENTITY_TYPES]));
  }, [api]);

  async function toggle(type: EntityType, on: boolean) {
    const chosen = new Set(types ?? ENTITY_TYPES);
    if (on) chosen.add(type);
    else chosen.delete(type);
    const next = ENTITY_TYPES.filter((candidate) => chosen.has(candidate));
    setTypes(next);
    setSaved(await api.setHighlightTypes(next).then(() => 'saved' as const, () => 'failed' as const));
  }

  return (
    <fieldset class="types" disabled={types === null}>
      <legend>{t('optionsTypesHeading')}</legend>
      <p class="hint">{t('optionsTypesHint')}</p>
      {ENTITY_TYPES.map((type) => (
        <label key={type} class="type">
          <input type="checkbox" name="type" value={type} checked={types?.includes(type) ?? false} onChange={(event) => toggle(type, event.currentTarget.checked)} />
          <span class="swatch" style={swatchStyle(type)} aria-hidden="true" />
          {t(`typePlural_${type}`)}
        </label>
      ))}
      <p class="saved" role="status">{saved === 'saved' ? t('optionsSaved') : saved === 'failed' ? t('optionsSaveFailed') : ''}</p>
    </fieldset>
  );
}
