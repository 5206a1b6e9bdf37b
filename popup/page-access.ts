// Which pages the browser lets an extension read, and the message the popup shows when it may not.
import { isReadableDocumentType } from '../src/readable-documents';
import type { MessageKey } from './i18n';

export type PageAccess =
  | { kind: 'readable'; origin: string | null }
  | { kind: 'file' }
  | { kind: 'forbidden'; reason: MessageKey };

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

export const BROWSER_PAGE: MessageKey = 'pageBrowserOwn';
export const STORE_PAGE: MessageKey = 'pageStore';
export const PDF_PAGE: MessageKey = 'pagePdf';
export const UNKNOWN_PAGE: MessageKey = 'pageUnknown';
export const FILE_ACCESS_OFF: MessageKey = 'pageFileAccessOff';
export const NO_ACCESS: MessageKey = 'pageNoAccess';
export const UNREADABLE: MessageKey = 'pageUnreadable';
export const NOT_A_WEB_PAGE: MessageKey = 'pageNotHtml';

/**
 * Chrome's PDF viewer is an HTML page that scripts may enter, with the PDF's own MIME type, so the
 * document's type tells it apart where the address (no ".pdf") and injection (allowed) do not.
 */
export function explainDocumentType(contentType: string | null): MessageKey | null {
  if (contentType === null || isReadableDocumentType(contentType)) return null;
  return contentType.toLowerCase() === 'application/pdf' ? PDF_PAGE : NOT_A_WEB_PAGE;
}

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

/** Turns a browser's refusal to inject into a message for the reader; never shows the raw error. */
export function explainInjectionFailure(error: unknown, url: string | null): MessageKey {
  const text = error instanceof Error ? error.message : String(error);
  // The PDF viewers keep the document's own URL, so its path is the hint when injection is refused.
  if (url && /\.pdf(?:$|[?#])/i.test(url)) return PDF_PAGE;
  if (/gallery|webstore|cannot be scripted/i.test(text)) return STORE_PAGE;
  // On a web address, only a viewer another extension draws (Chrome's PDF viewer) gives this refusal.
  if (/of different extension/i.test(text)) return PDF_PAGE;
  if (/permission|cannot access|missing host/i.test(text)) return NO_ACCESS;
  return UNREADABLE;
}
