// The card's strings: from browser.i18n when it knows the key, else the English fallback, placeholders filled either way.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CARD_MESSAGES, cardTranslator, extensionGetMessage } from '../../../content/card/i18n';

describe('cardTranslator', () => {
  it('uses the extension\'s message when there is one', () => {
    const getMessage = vi.fn((key: string, subs?: string | string[]) => (key === 'card_mentions_many' ? `${(subs as string[])[0]} Erwähnungen` : ''));
    const t = cardTranslator(getMessage);
    expect(t('card_mentions_many', 4)).toBe('4 Erwähnungen');
    expect(getMessage).toHaveBeenCalledWith('card_mentions_many', ['4']);
  });

  it('falls back to English for a missing key, a missing API or one that throws', () => {
    expect(cardTranslator(() => '')('card_source', 'Coastline Wire')).toBe('Source: Coastline Wire');
    expect(cardTranslator(undefined)('card_mention_position', 2, 5)).toBe('2 of 5');
    expect(cardTranslator(() => { throw new Error('Extension context invalidated.'); })('card_close')).toBe('Close');
  });

  it('has an English text for every key, each placeholder numbered from $1', () => {
    for (const [key, text] of Object.entries(CARD_MESSAGES)) {
      expect(key).toMatch(/^(card_[a-z_]+|typeSingular_(person|organization|place|event|other))$/);
      expect(text.trim()).not.toBe('');
      const numbers = [...text.matchAll(/\$(\d)/g)].map((m) => Number(m[1])).sort();
      numbers.forEach((n, i) => expect(n, key).toBe(i + 1));
    }
  });
});

describe('extensionGetMessage', () => {
  it('reads browser.i18n, else chrome.i18n, else nothing', () => {
    const browserApi = { i18n: { getMessage: vi.fn(() => 'from browser') } };
    const chromeApi = { i18n: { getMessage: vi.fn(() => 'from chrome') } };
    expect(extensionGetMessage({ browser: browserApi, chrome: chromeApi })!('card_close')).toBe('from browser');
    expect(extensionGetMessage({ chrome: chromeApi })!('card_close', ['x'])).toBe('from chrome');
    expect(chromeApi.i18n.getMessage).toHaveBeenCalledWith('card_close', ['x']);
    expect(extensionGetMessage({})).toBeUndefined();
  });
});

describe('_locales/en/messages.json', () => {
  /** What browser.i18n.getMessage answers for a messages.json entry: named placeholders, then $1…$9. */
  function emulate(messages: Record<string, { message: string; placeholders?: Record<string, { content: string }> }>) {
    return (key: string, substitutions?: string | string[]) => {
      const entry = messages[key];
      if (!entry) return '';
      const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
      const named = entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? whole);
      return named.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1] ?? '');
    };
  }

  it('says what the English fallback says for every card key it carries (the type names are the popup\'s)', () => {
    const file = join(import.meta.dirname, '..', '..', '..', '_locales', 'en', 'messages.json');
    if (!existsSync(file)) return;
    const messages = JSON.parse(readFileSync(file, 'utf8'));
    const fromFile = cardTranslator(emulate(messages));
    const fallback = cardTranslator(undefined);
    expect(Object.keys(messages)).toEqual(expect.arrayContaining(['typeSingular_person', 'typeSingular_organization', 'typeSingular_place', 'typeSingular_event', 'typeSingular_other']));
    for (const key of Object.keys(CARD_MESSAGES) as (keyof typeof CARD_MESSAGES)[]) {
      if (!(key in messages)) continue;
      expect(fromFile(key, 'ONE', 'TWO'), key).toBe(fallback(key, 'ONE', 'TWO'));
    }
  });
});
