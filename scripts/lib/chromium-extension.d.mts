// Types for chromium-extension.mjs, so the TypeScript end-to-end tests can share it.
import type { Browser, Page } from 'puppeteer-core';

export function launchWithExtension(options: {
  executablePath: string;
  extensionDir: string;
  headless?: boolean;
  viewport?: { width: number; height: number } | null;
  /** Command-line switches beyond the usual ones (a proxy, say). */
  extraArgs?: string[];
}): Promise<{ browser: Browser; extensionId: string }>;
export function openToolbarPopup(browser: Browser, extensionId: string, page: Page, timeout?: number): Promise<Page>;
export function waitForPopupContent(popup: Page, timeout?: number): Promise<string>;
/** The address of the reader's offscreen document (background/reader-document.ts). */
export function readerDocumentUrl(extensionId: string): string;
/** The reader's offscreen document as a page, once the extension has opened it. */
export function readerDocumentPage(browser: Browser, extensionId: string, timeout?: number): Promise<Page>;
/** Closes the reader's document as it closes itself when idle, and waits until it is gone. */
export function closeReaderDocument(browser: Browser, extensionId: string, timeout?: number): Promise<void>;
