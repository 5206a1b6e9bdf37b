// Text of a node as a reader sees it: without the contents of inline <style>/<script> that CSS-in-JS puts in headings.

const NOT_TEXT = new Set(['style', 'script', 'template', 'noscript']);
const NOT_TEXT_SELECTOR = 'style, script, template, noscript';

/** textContent without style, script, template and noscript contents; plain textContent when there are none (the usual case). */
export function readableText(node: Node): string {
  if (node.nodeType === 3) return node.textContent ?? '';
  if (node.nodeType !== 1) return '';
  const element = node as Element;
  if (NOT_TEXT.has(element.localName)) return '';
  if (element.querySelector(NOT_TEXT_SELECTOR) === null) return element.textContent ?? '';
  let text = '';
  for (const child of Array.from(element.childNodes)) text += readableText(child);
  return text;
}
