// The popup's entry point: renders the app with the real browser APIs.
import { render } from 'preact';
import { App } from './app';
import { browserApi } from './browser-api';

const root = document.getElementById('app');
if (root) render(<App api={browserApi} />, root);
