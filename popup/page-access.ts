// Which pages the browser lets an extension read, and the plain words the popup uses when it may not.

export type PageAccess =
  | { kind: 'readable'; origin: string | null }
  | { kind: 'file' }
  | { kind: 'forbidden'; reason: string };

// Both browsers refuse scripts on their own stores; the message names the place instead of an error.
const EXTENSION_STORES = [
  'https://chromewebstore.google.com/',
  'https://chrome.google.com/webstore',
  'https://addons.mozilla.org/',
  'https://microsoftedge.microsoft.com/addons',
];

const BROWSER_PAGE_SCHEMES = new Set([
  'about:', 'chrome:', 'chrome-extension:', 'moz-extension:', 'edge:', 'brave:', 'opera:', 'vivaldi:',
  'devtools:', 'view-source:', 'resource:', 'chrome-search:', 'chrome-untrusted:', 'data:', 'blob:', 'javascript:',
]);

const BROWSER_PAGE = 'This is one of the browser\'s own pages, which extensions may not read. Newslens reads news articles on the web: open one and click the button again.';
const STORE_PAGE = 'Browsers do not let extensions read their add-on stores. Open a news article and click the button again.';
const PDF_PAGE = 'This is a PDF in the browser\'s viewer, which extensions cannot read. Newslens reads articles published as web pages.';
const UNKNOWN_PAGE = 'Newslens cannot tell which page this is. Open a news article and click the button again.';

/** Classifies the tab's address before anything is injected. */
export function pageAccessFor(url: string | null): PageAccess {
  // Even with activeTab, Chrome hides the address of the pages it keeps extensions away from.
  if (!url) return { kind: 'forbidden', reason: BROWSER_PAGE };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'forbidden', reason: UNKNOWN_PAGE };
  }
  if (EXTENSION_STORES.some((store) => url.startsWith(store))) return { kind: 'forbidden', reason: STORE_PAGE };
  if (BROWSER_PAGE_SCHEMES.has(parsed.protocol)) return { kind: 'forbidden', reason: BROWSER_PAGE };
  if (parsed.protocol === 'file:') return { kind: 'file' };
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { kind: 'forbidden', reason: UNKNOWN_PAGE };
  return { kind: 'readable', origin: parsed.origin };
}

/** The match pattern that grants one site: scheme and host, any port and path. */
export function sitePattern(origin: string): string {
  const { protocol, hostname } = new URL(origin);
  return `${protocol}//${hostname}/*`;
}

export const FILE_ACCESS_OFF =
  'Newslens may not read files on this computer. In Chrome, turn on "Allow access to file URLs" in the extension\'s details, then reload the file.';

/** Turns a browser's refusal to inject into words for the reader; never shows the raw error. */
export function explainInjectionFailure(error: unknown, url: string | null): string {
  const message = error instanceof Error ? error.message : String(error);
  // The PDF viewers keep the document's own URL, so its path is the hint when injection is refused.
  if (url && /\.pdf(?:$|[?#])/i.test(url)) return PDF_PAGE;
  if (/gallery|webstore|cannot be scripted/i.test(message)) return STORE_PAGE;
  if (/permission|cannot access|missing host/i.test(message)) return NO_ACCESS;
  return `Newslens could not read this page. Reload the page and try again.`;
}

export const NO_ACCESS =
  'Newslens has no access to this page yet. Click the toolbar button on the page itself, or let Newslens read this site below.';
