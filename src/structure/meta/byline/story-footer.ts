// Where a byline element sits: the story, the story's own footer ("Posted by … at 18:52"), teasers, or elsewhere.
import { classNameOf } from '../../class-name';
import { elsewhereLevel } from '../dom-near';

const COMMENTS = /comment|respond|reply/i;
// Footers that belong to one post: blog themes print the author there ("entry-footer", "post-footer").
const STORY_FOOTER = /(?:post|entry|article|story)[-_]?footer/i;
const MAX_DEPTH = 10;

/** 0 in the story, 1 in the story's own footer, 2 in teaser-like containers, null in comments, nav or the page footer. */
export function bylinePlace(element: Element): 0 | 1 | 2 | null {
  const level = elsewhereLevel(element);
  if (level === 0) return 0;
  if (level === 1) return 2;
  const footerLevel = storyFooterLevel(element);
  return footerLevel === 0 ? 1 : footerLevel === 1 ? 2 : null;
}

// The placement of the post that owns the element's footer, or null when the footer is not a post's own.
function storyFooterLevel(element: Element): 0 | 1 | 2 | null {
  let current: Element | null = element;
  for (let depth = 0; current && depth < MAX_DEPTH; depth += 1) {
    const marker = `${classNameOf(current)} ${current.getAttribute('id') ?? ''}`;
    if (marker.length < 300 && COMMENTS.test(marker)) return null;
    if (isFooter(current)) {
      // "post-footer-line" inside "post-footer": the outermost footer is the one that sits in the post.
      while (current.parentElement && isFooter(current.parentElement)) current = current.parentElement;
      const parent: Element | null = current.parentElement;
      const marker = `${classNameOf(current)} ${current.getAttribute('id') ?? ''}`;
      const ownFooter = STORY_FOOTER.test(marker) || (current.localName === 'footer' && parent?.closest('article') != null);
      return ownFooter && parent ? elsewhereLevel(parent) : null;
    }
    current = current.parentElement;
  }
  return null;
}

function isFooter(element: Element): boolean {
  return element.localName === 'footer' || /footer/i.test(`${classNameOf(element)} ${element.getAttribute('id') ?? ''}`);
}
