// The popup's entry point: renders the app with the real browser APIs and the browser's translations.
import { render } from 'preact';
import browser from 'webextension-polyfill';
import { App } from './app';
import { browserApi } from './browser-api';
import { I18n, translator } from './i18n';

const t = translator((key, substitutions) => browser.i18n.getMessage(key, substitutions));
document.title = t('extensionName');

const root = document.getElementById('app');
if (root) render(<I18n.Provider value={t}><App api={browserApi} /></I18n.Provider>, root);
