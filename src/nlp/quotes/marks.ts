// Rewrites typewriter double apostrophes ('' … '') as straight double quotes, keeping every offset in place.

/**
 * Some papers (and their archives) write quotation marks as two apostrophes. Each pair becomes a straight mark
 * plus a space on the side away from the words, so the text keeps its length and every offset stays valid.
 */
export function normaliseDoubleApostrophes(text: string): string {
  if (!text.includes("''")) return text;
  return text.replace(/''/g, (pair, at: number) => {
    const after = text[at + 2] ?? '';
    const before = at > 0 ? (text[at - 1] as string) : '';
    const opens = /\S/u.test(after) && (before === '' || /[\s([{—–-]/u.test(before));
    return opens ? ' "' : '" ';
  });
}
