// The options page's entry point: renders the settings with the real browser APIs and the browser's translations.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { I18n, translator } from '../popup/i18n';
import { OptionsApp } from './app';
import { browserApi } from './browser-api';

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.title = t('optionsPageTitle');

const root = document.getElementById('app');
if (root) render(<I18n.Provider value={t}><OptionsApp api={browserApi} /></I18n.Provider>, root);
