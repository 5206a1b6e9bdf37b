// Parses page text into a Document with linkedom, first making sure the html and body elements exist.
import { parseHTML } from 'linkedom';

// Elements that belong before <body> when a page leaves the body tag out.
const HEAD_TAG = /^(?:html|head|title|meta|link|style|script|base|noscript|template)$/i;

/**
 * A Document for any page text. linkedom does not do the HTML parser's implied-tag repair: without an <html>
 * element `document.body` throws, and content outside a <body> element is invisible. Browsers add both, so we
 * add them too, and the parser then sees what a browser would.
 */
export function parseHtmlDocument(html: string): Document {
  const { document } = parseHTML(withDocumentElements(html));
  return document as unknown as Document;
}

export function withDocumentElements(html: string): string {
  if (/<body[\s>]/i.test(html)) {
    return /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  }
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    const rest = html.slice(at).replace(/<\/html\s*>\s*$/i, '');
    const start = html.slice(0, at);
    return `${/<html[\s>]/i.test(start) ? start : `<html>${start}`}<body>${rest}</body></html>`;
  }
  // Neither head nor body closed: split where the body's content begins and build both around it.
  const at = firstBodyContent(html);
  let headPart = html.slice(0, at);
  const doctype = /^\s*<!doctype[^>]*>/i.exec(headPart)?.[0] ?? '';
  headPart = headPart.slice(doctype.length);
  const htmlOpen = /<html\b[^>]*>/i.exec(headPart)?.[0] ?? '<html>';
  headPart = headPart.replace(/<html\b[^>]*>/i, '').replace(/<head\b[^>]*>/i, '');
  const rest = html.slice(at).replace(/<\/html\s*>\s*$/i, '');
  return `${doctype}${htmlOpen}<head>${headPart}</head><body>${rest}</body></html>`;
}

/** Where the body's content starts: the first text or tag that cannot be in the head. */
function firstBodyContent(html: string): number {
  const token = /<!--[\s\S]*?-->|<!doctype[^>]*>|<(script|style|title|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>|<\/?([a-zA-Z][\w:-]*)[^>]*>|[^<\s][^<]*/gi;
  for (let match = token.exec(html); match; match = token.exec(html)) {
    const [whole, rawTextElement, tagName] = match;
    if (whole.startsWith('<!') || rawTextElement) continue;
    if (tagName && HEAD_TAG.test(tagName)) continue;
    return match.index;
  }
  return html.length;
}
