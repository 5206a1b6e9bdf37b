// The names of the elements Newslens adds to a page, so that every module can recognise (and skip) its own writes.

export const MARK_TAG = 'newslens-mark';
/** A short-lived wrapper that flashes a span which has no mark (a quote, a fact's evidence). */
export const FLASH_TAG = 'newslens-flash';
export const STYLE_ID = 'newslens-highlight-style';

/** Any element of ours: marks, flashes, the hover card host, our stylesheet. */
export function isOwnElement(el: Element): boolean {
  return el.localName.startsWith('newslens-') || el.id === STYLE_ID;
}

/** Whether a node is ours or sits inside one of our elements. */
export function isInsideOwn(node: Node): boolean {
  for (let at: Node | null = node; at; at = at.parentNode) {
    if (at.nodeType === 1 && isOwnElement(at as Element)) return true;
  }
  return false;
}
