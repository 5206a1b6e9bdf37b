// The English messages as browser.i18n.getMessage would give them, so popup tests run without the extension API.
import messages from '../../_locales/en/messages.json';
import { translator, type GetMessage } from '../../popup/i18n';

interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

/** Chrome's and Firefox's rules: $NAME$ takes its placeholder's content, where $1…$9 are the substitutions. */
export const getMessage: GetMessage = (key, substitutions) => {
  const entry = (messages as Record<string, Entry>)[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => values[Number(index) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const placeholder = Object.entries(entry.placeholders ?? {}).find(([known]) => known.toLowerCase() === name.toLowerCase());
    return placeholder ? fill(placeholder[1].content) : whole;
  });
};

export const t = translator(getMessage);
