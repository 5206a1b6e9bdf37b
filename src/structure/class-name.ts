// Reads an element's class attribute as written, the one attribute every heuristic here looks at.

/**
 * The raw class attribute ('' when absent). Read through the attribute node because linkedom answers
 * getAttribute('class') by building and re-joining a DOMTokenList, several times slower on every element
 * of a page; the value is the same in every DOM (linkedom's also drops repeated tokens, which no test here
 * depends on).
 */
export function classNameOf(element: Element): string {
  return element.getAttributeNode('class')?.value ?? '';
}
