// Mounts the popup with the English messages and offers the small queries the popup tests share.
import { render } from 'preact';
import { expect, vi } from 'vitest';
import { App } from '../../popup/app';
import { I18n } from '../../popup/i18n';
import type { fakeApi } from './fake-api';
import { t } from './translate';

export interface Mounted {
  container: HTMLElement;
  text(selector: string): string | null;
  all(selector: string): string[];
  unmount(): void;
}

export function mountPopup(api: ReturnType<typeof fakeApi>): Mounted {
  const container = document.createElement('div');
  document.body.append(container);
  render(<I18n.Provider value={t}><App api={api} /></I18n.Provider>, container);
  return {
    container,
    text: (selector) => container.querySelector(selector)?.textContent ?? null,
    all: (selector) => [...container.querySelectorAll(selector)].map((element) => element.textContent ?? ''),
    unmount() {
      render(null, container);
      container.remove();
    },
  };
}

// A loaded 2-core CI machine can take longer than vitest's 1 s default to re-render.
export const waitFor = (check: () => void) => vi.waitFor(check, { timeout: 5000, interval: 20 });

/** Resolves once the popup shows either the analysis or its message. */
export const settled = (mounted: Mounted) =>
  waitFor(() => expect(mounted.container.querySelector('.analysis, .message')).not.toBeNull());
