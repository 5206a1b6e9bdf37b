// Finding highlights on the page: the mark an event came from, and an entity's mentions in reading order.

export const MARK_TAG = 'NEWSLENS-MARK';

function isElement(node: unknown): node is Element {
  return typeof node === 'object' && node !== null && (node as Node).nodeType === 1;
}

/** The <newslens-mark> an event target is or sits in, if any. */
export function markOf(target: EventTarget | null): Element | null {
  return isElement(target) ? target.closest('newslens-mark') : null;
}

/** The entity id a mark stands for. */
export function entityOf(mark: Element): string | null {
  return mark.getAttribute('data-entity');
}

/**
 * The entity's highlighted mentions in document order, one element each. A mention that crosses elements is
 * wrapped once per text node; when the highlighter numbers them (`data-mention`), the pieces of one mention
 * count once and the first piece stands for it.
 */
export function mentionMarks(doc: Document, entityId: string): Element[][] {
  const groups: Element[][] = [];
  let lastKey: string | null = null;
  for (const mark of doc.querySelectorAll('newslens-mark')) {
    if (entityOf(mark) !== entityId) continue;
    const key = mark.getAttribute('data-mention');
    if (key !== null && key === lastKey) groups[groups.length - 1]!.push(mark);
    else groups.push([mark]);
    lastKey = key;
  }
  return groups;
}

/** The index of the mention group holding `mark`, or -1. */
export function groupIndex(groups: readonly Element[][], mark: Element): number {
  return groups.findIndex((group) => group.includes(mark));
}
