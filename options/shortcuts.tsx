// The keyboard shortcuts as the browser has them now (the reader may have changed them in the browser's settings).
import { useEffect, useState } from 'preact/hooks';
import { useT } from '../popup/i18n';
import type { OptionsBrowserApi, Shortcut } from './browser-api';

// The toolbar button's own command has no description of its own in Firefox, so it is named here.
const OPEN_POPUP = '_execute_action';

export function Shortcuts({ api }: { api: OptionsBrowserApi }) {
  const t = useT();
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  useEffect(() => {
    api.shortcuts().then(setShortcuts, () => setShortcuts([]));
  }, [api]);
  if (shortcuts.length === 0) return null;
  return (
    <section aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('optionsShortcutsHeading')}</h2>
      <dl class="shortcuts">
        {shortcuts.map((shortcut) => (
          <div key={shortcut.name}>
            <dt>{shortcut.keys ? <kbd>{shortcut.keys}</kbd> : <span class="unset">{t('optionsShortcutUnset')}</span>}</dt>
            <dd>{shortcut.description || (shortcut.name === OPEN_POPUP ? t('commandOpen') : shortcut.name)}</dd>
          </div>
        ))}
      </dl>
      <p class="hint">{t('optionsShortcutsHint')}</p>
    </section>
  );
}
