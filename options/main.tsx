// The options page's entry point: renders the site list with the real browser APIs.
import { render } from 'preact';
import { OptionsApp } from './app';
import { browserApi } from './browser-api';

const root = document.getElementById('app');
if (root) render(<OptionsApp api={browserApi} />, root);
