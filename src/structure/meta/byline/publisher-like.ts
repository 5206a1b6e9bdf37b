// Tells whether a byline name is the publisher's own name, compared by whole words.
import { comparisonKey } from '../../../text/normalize';

/**
 * True for "TRT World Staff" or "BBC News" against the site "trtworld" / "BBC", and "TRT" against "TRT World".
 * Words are compared whole, so "Limespacer" on limespace.de is a person, and so is "Matthew Davis" on
 * "Matthew Davis's Blog".
 */
export function isPublisherLike(name: string, publisherNames: string[]): boolean {
  const nameWords = wordsOf(name);
  const key = nameWords.join('');
  if (key.length < 4) return false;
  for (const publisher of publisherNames) {
    const publisherWords = wordsOf(publisher);
    const publisherKey = publisherWords.join('');
    if (publisherKey.length < 3) continue;
    if (containsRun(nameWords, publisherKey)) return true;
    if (containsRun(publisherWords, key) && !namedAfter(publisher, name)) return true;
  }
  return false;
}

function wordsOf(text: string): string[] {
  return comparisonKey(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '').slice(0, 12);
}

// True when some run of whole words, glued, spells `key`.
function containsRun(words: string[], key: string): boolean {
  for (let start = 0; start < words.length; start += 1) {
    let glued = '';
    for (let end = start; end < words.length && glued.length < key.length; end += 1) {
      glued += words[end];
      if (glued === key) return true;
    }
  }
  return false;
}

// "Daniel Lemire's blog": a site named in the possessive after its author.
function namedAfter(publisher: string, name: string): boolean {
  const at = comparisonKey(publisher).indexOf(comparisonKey(name));
  return at >= 0 && /^'s?(?:\s|$)/.test(comparisonKey(publisher).slice(at + comparisonKey(name).length));
}
