// The hover card's words: through browser.i18n when the extension API is there, else the English below.

/** The shape of `browser.i18n.getMessage`: an empty string when the key is unknown. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/**
 * Every string the card shows, in English. `_locales/en/messages.json` carries the same keys (with named
 * placeholders for `$1`, `$2`); these are the fallback when a key is missing there or no extension API is present.
 */
export const CARD_MESSAGES = {
  // The popup's names of the types, shared so that a type reads the same in both.
  typeSingular_person: 'Person',
  typeSingular_organization: 'Organisation',
  typeSingular_place: 'Place',
  typeSingular_event: 'Event',
  typeSingular_other: 'Other',
  card_role_of: '$1, $2',
  card_affiliation: 'Affiliation: $1',
  card_mentions_one: 'Mentioned once',
  card_mentions_many: 'Mentioned $1 times',
  card_mention_position: '$1 of $2',
  card_mentions_group: 'Mentions',
  card_previous_mention: 'Previous mention',
  card_next_mention: 'Next mention',
  card_close: 'Close',
  card_quotes_heading: 'Said',
  card_facts_heading: 'In the story',
  card_source: 'Source: $1',
  card_source_unnamed: 'Source: unnamed',
  card_source_none: 'No source given',
  card_more: 'and $1 more',
} as const;

export type CardMessageKey = keyof typeof CARD_MESSAGES;
export type CardTranslate = (key: CardMessageKey, ...substitutions: (string | number)[]) => string;

function fill(template: string, substitutions: string[]): string {
  return template.replace(/\$(\d)/gu, (whole, digit: string) => substitutions[Number(digit) - 1] ?? whole);
}

/** A translator over `getMessage` that falls back to the English text for a missing key or a failing API. */
export function cardTranslator(getMessage: GetMessage | undefined = extensionGetMessage()): CardTranslate {
  return (key, ...values) => {
    const substitutions = values.map(String);
    let text = '';
    try {
      text = getMessage ? (substitutions.length ? getMessage(key, substitutions) : getMessage(key)) : '';
    } catch {
      // An invalidated extension context (the extension was reloaded under the page) throws here.
      text = '';
    }
    return text || fill(CARD_MESSAGES[key], substitutions);
  };
}

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
}
type ExtensionGlobals = { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };

/**
 * `browser.i18n.getMessage` (Firefox) or `chrome.i18n.getMessage` (Chrome), read from the global scope rather than
 * through webextension-polyfill, which refuses to load outside an extension; getMessage is synchronous in both.
 */
export function extensionGetMessage(scope: object = globalThis): GetMessage | undefined {
  const globals = scope as ExtensionGlobals;
  const api = globals.browser?.i18n ?? globals.chrome?.i18n;
  if (!api || typeof api.getMessage !== 'function') return undefined;
  return (key, substitutions) => api.getMessage(key, substitutions);
}
