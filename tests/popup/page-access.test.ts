// Which addresses the popup tries to read, and the words it uses for the rest.
import { describe, expect, it } from 'vitest';
import { explainDocumentType, explainInjectionFailure, NO_ACCESS, pageAccessFor, sitePattern } from '../../popup/page-access';
import { t } from './translate';

describe('pageAccessFor', () => {
  it('reads web pages and keeps their origin for the site opt-in', () => {
    expect(pageAccessFor('https://www.trtworld.com/asia/a-1?x=1#top')).toEqual({ kind: 'readable', origin: 'https://www.trtworld.com' });
    expect(pageAccessFor('http://127.0.0.1:5173/a.html')).toEqual({ kind: 'readable', origin: 'http://127.0.0.1:5173' });
  });

  it('treats local files apart, and refuses browser pages, stores and unknown addresses', () => {
    expect(pageAccessFor('file:///tmp/a.html')).toEqual({ kind: 'file' });
    for (const url of ['chrome://newtab/', 'about:blank', 'moz-extension://x/popup.html', 'view-source:https://a.com/', 'data:text/html,hi',
      'https://chromewebstore.google.com/', 'https://addons.mozilla.org/de/firefox/addon/x/', 'ftp://a.com/', 'not a url', null]) {
      expect(pageAccessFor(url).kind, String(url)).toBe('forbidden');
    }
  });
});

describe('sitePattern', () => {
  it('covers one host on every port and path, keeping the scheme', () => {
    expect(sitePattern('http://127.0.0.1:8080')).toBe('http://127.0.0.1/*');
    expect(sitePattern('https://www.trtworld.com')).toBe('https://www.trtworld.com/*');
  });
});

describe('explainInjectionFailure', () => {
  it('maps the browsers\' refusals to sentences, never the raw error', () => {
    const explain = (error: string, url: string) => t(explainInjectionFailure(new Error(error), url));
    expect(explainInjectionFailure(new Error('Missing host permission for the tab'), 'https://a.com/x')).toBe(NO_ACCESS);
    expect(explain('The extensions gallery cannot be scripted.', 'https://a.com/')).toContain('add-on stores');
    expect(explain('Cannot access contents of the page', 'https://a.com/r.PDF?dl=1')).toContain('PDF');
    expect(explain('Cannot access a chrome-extension:// URL of different extension', 'https://a.com/get?id=1')).toContain('PDF');
    expect(explain('Frame with ID 0 was removed.', 'https://a.com/')).toBe('Newslens could not read this page. Reload the page and try again.');
  });
});

describe('explainDocumentType', () => {
  it('lets web pages and text through and names PDFs and other files', () => {
    for (const type of ['text/html', 'application/xhtml+xml', 'text/plain', 'TEXT/HTML', null]) expect(explainDocumentType(type), String(type)).toBeNull();
    expect(t(explainDocumentType('application/pdf')!)).toContain('PDF');
    expect(t(explainDocumentType('image/svg+xml')!)).toContain('not a web page');
  });
});
