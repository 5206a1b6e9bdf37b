// The English messages: well-formed for browser.i18n, every one used, and every name the manifest and code ask for present.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import messages from '../../_locales/en/messages.json';
import { CARD_MESSAGES } from '../../content/card/i18n';
import { getMessage } from './translate';

const ROOT = join(import.meta.dirname, '..', '..');
const entries = Object.entries(messages as Record<string, { message: string; placeholders?: Record<string, { content: string }> }>);

function sources(dir: string): string {
  return readdirSync(join(ROOT, dir)).filter((file) => /\.tsx?$/.test(file)).map((file) => readFileSync(join(ROOT, dir, file), 'utf8')).join('\n');
}

describe('_locales/en/messages.json', () => {
  it('has valid names and placeholders that match the message', () => {
    for (const [key, entry] of entries) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_]+)\$/g)].map((match) => match[1]!.toLowerCase());
      expect(used.sort(), key).toEqual(Object.keys(entry.placeholders ?? {}).map((name) => name.toLowerCase()).sort());
      const contents = Object.values(entry.placeholders ?? {}).map((placeholder) => placeholder.content);
      expect(contents, key).toEqual(contents.map((_, index) => `$${index + 1}`));
      // A lone "$" would be read as a placeholder by the browsers.
      expect(entry.message.replace(/\$[A-Za-z0-9_]+\$/g, ''), key).not.toContain('$');
    }
  });

  it('fills placeholders in order', () => {
    expect(getMessage('roleOf', ['Mayor', 'Port Elling'])).toBe('Mayor, Port Elling');
    expect(getMessage('mentionsMany', ['4'])).toBe('4 mentions');
    expect(getMessage('noSuchKey')).toBe('');
  });

  it('holds every __MSG_ name of the manifest', () => {
    const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    const names = [...manifest.matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
    expect(names).toEqual(expect.arrayContaining(['extensionName', 'extensionDescription', 'actionTitle', 'commandOpen', 'commandToggleHighlights']));
    for (const name of names) expect(messages, name).toHaveProperty(name);
    expect(JSON.parse(manifest).default_locale).toBe('en');
  });

  it('carries the hover card\'s words as the card\'s English fallback has them', () => {
    for (const [key, english] of Object.entries(CARD_MESSAGES)) {
      const values = ['A', 'B'];
      expect(getMessage(key, values), key).toBe(english.replace(/\$(\d)/g, (_, digit: string) => values[Number(digit) - 1]!));
    }
  });

  it('has no message the extension never shows', () => {
    const code = ['popup', 'options', 'background', 'content/card'].map(sources).join('\n') + readFileSync(join(ROOT, 'manifest.json'), 'utf8');
    // Keys built from a type ("typePlural_" + type) count as used through their prefix.
    const unused = entries.map(([key]) => key).filter((key) => !code.includes(`'${key}'`) && !code.includes(`__MSG_${key}__`)
      && !code.includes('`' + key.replace(/_[a-z]+$/, '_${')));
    expect(unused).toEqual([]);
  });
});
