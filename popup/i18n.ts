// UI strings: every word the popup and options page show comes from _locales through one injectable function.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type messages from '../_locales/en/messages.json';

export type MessageKey = keyof typeof messages;

/** The shape of `browser.i18n.getMessage`: an empty string when the key is unknown. */
export type GetMessage = (key: string, substitutions?: string | string[]) => string;

/** Looks a key up and fills its placeholders ($1, $2… in the order given). */
export type Translate = (key: MessageKey, ...substitutions: (string | number)[]) => string;

export function translator(getMessage: GetMessage): Translate {
  return (key, ...substitutions) => {
    const text = substitutions.length ? getMessage(key, substitutions.map(String)) : getMessage(key);
    // A missing key shows itself instead of a blank, so it is noticed and never hides a control's name.
    return text || key;
  };
}

/** A message key with the values for its placeholders, for state that is rendered later. */
export interface Message {
  key: MessageKey;
  substitutions?: (string | number)[];
}

export const message = (key: MessageKey, ...substitutions: (string | number)[]): Message => ({ key, substitutions });

export const I18n = createContext<Translate>((key) => key);

export function useT(): Translate {
  return useContext(I18n);
}

export function say(t: Translate, text: Message): string {
  return t(text.key, ...(text.substitutions ?? []));
}
