// One sense per story for family names: once "Elon Musk" is a person, a later untagged "Musk" is him too.
import { capClass } from './shape';
import { entitySpans } from './tags';

/**
 * Tags as PER every untagged, capitalised (initial capital only) occurrence of the last word of a person's name of
 * two words or more found elsewhere in the document, unless a capitalised word follows it ("Musk Foundation" is
 * something else's name).
 */
export function surnamesAsPeople(sentences: readonly (readonly string[])[], tagged: readonly string[][]): string[][] {
  const surnames = new Set<string>();
  tagged.forEach((tags, s) => {
    for (const [start, end, type] of entitySpans(tags)) if (type === 'PER' && end - start >= 2) surnames.add(sentences[s]?.[end - 1] ?? '');
  });
  surnames.delete('');
  if (!surnames.size) return tagged.map((tags) => [...tags]);
  return tagged.map((tags, s) => {
    const words = sentences[s] ?? [];
    const out = [...tags];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] ?? '';
      if (out[i] !== 'O' || !surnames.has(word) || capClass(word) !== 1) continue;
      const next = words[i + 1] ?? '';
      if (capClass(next) === 1 || capClass(next) === 2) continue;
      if (i > 0 && out[i - 1] !== 'O') continue; // glued to a span before it: that span's business
      out[i] = 'B-PER';
    }
    return out;
  });
}
