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

/**
 * Counts words the way the stats field does: runs of letters or digits, where an apostrophe, hyphen or dot
 * between two runs joins them ("don't", "U.S.", "2.5" are one word each). A character loop rather than
 * text.match(), which builds an array of every word of every block on the page.
 */
export function countWords(text: string): number {
  let words = 0;
  // What the previous two characters were: a letter or digit, a joiner, or anything else.
  let previous = OTHER;
  let beforePrevious = OTHER;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    let kind: number;
    if (code < 128) kind = ASCII_KINDS[code] ?? OTHER;
    else if (code === 0x2019) kind = JOINER;
    else {
      // Letters outside the Basic Multilingual Plane come as surrogate pairs: classify the pair, skip its second half.
      const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length;
      kind = LETTER_OR_DIGIT.test(pair ? text.slice(i, i + 2) : text[i] ?? '') ? WORD : OTHER;
      if (pair) i += 1;
    }
    if (kind === WORD && previous !== WORD && !(previous === JOINER && beforePrevious === WORD)) words += 1;
    beforePrevious = previous;
    previous = kind;
  }
  return words;
}

const OTHER = 0;
const WORD = 1;
const JOINER = 2;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ASCII_KINDS: Uint8Array = (() => {
  const kinds = new Uint8Array(128);
  for (let code = 0; code < 128; code += 1) {
    const char = String.fromCharCode(code);
    kinds[code] = /[A-Za-z0-9]/.test(char) ? WORD : "'-.".includes(char) ? JOINER : OTHER;
  }
  return kinds;
})();

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
