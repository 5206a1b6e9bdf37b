// Which documents in a tab the extension reads: web pages and plain text, not the files a browser shows (images, video, PDF).

const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** Whether a document of this MIME type is read; null (the browser did not say) counts as readable. */
export function isReadableDocumentType(contentType: string | null): boolean {
  return contentType === null || READABLE_TYPES.has(contentType.toLowerCase());
}
