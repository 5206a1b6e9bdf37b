// The text of a byline element with a space between its parts: "<span>By</span><a>J.R. Stone</a>" reads "By J.R. Stone".
import { cleanText } from '../../../text/normalize';

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select']);
const MAX_NODES = 200;

/**
 * The element's text nodes joined by spaces (textContent glues adjacent elements), whitespace collapsed; null
 * when the text is longer than `maxLength` or the subtree too big to read cheaply (neither is a byline).
 */
export function spacedText(element: Element, maxLength = 600): string | null {
  const parts: string[] = [];
  let length = 0;
  let visited = 0;
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child && visited < MAX_NODES && length <= maxLength; child = child.nextSibling) {
      visited += 1;
      if (child.nodeType === 3) {
        const text = child.nodeValue ?? '';
        parts.push(text);
        length += text.length;
      } else if (child.nodeType === 1 && !SKIPPED.has((child as Element).localName)) {
        // Element boundaries become spaces; a break is a line end.
        parts.push((child as Element).localName === 'br' ? '\n' : ' ');
        walk(child);
        parts.push(' ');
      }
    }
  };
  walk(element);
  if (visited >= MAX_NODES) return null;
  const text = cleanText(parts.join(''));
  return text.length <= maxLength ? text : null;
}
