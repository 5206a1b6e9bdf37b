// Whitespace and punctuation normalisation shared by every extractor, so comparisons agree.

/** Collapses runs of whitespace (including NBSP and zero-width characters) to one space and trims. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  return text
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/** cleanText, but null for an empty result. */
export function cleanOrNull(text: string | null | undefined): string | null {
  const cleaned = cleanText(text);
  return cleaned === '' ? null : cleaned;
}

/** A key for comparing two strings loosely: NFKC, lower case, straight quotes, single spaces. */
export function comparisonKey(text: string): string {
  return cleanText(
    text
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
      .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
      .replace(/[\u2010-\u2015\u2212]/g, '-'),
  );
}

/** Counts words the way the stats field does: runs of letters or digits. */
export function countWords(text: string): number {
  const matches = text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu);
  return matches ? matches.length : 0;
}

/** The values in order, each kept once regardless of letter case (the first spelling wins). */
export function uniqueIgnoringCase(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
