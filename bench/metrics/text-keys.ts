// The corpus README's normalisations: comparable keys for titles and names, name splitting, the day of a date.

/** NFKC, lower case, straight quotes, single spaces: two titles are "exact" when their keys are equal. */
export function textKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201A\u201B\u2032\u00B4`]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"')
    .replace(/[\u200B-\u200D\uFEFF\u00AD]/g, '')
    .replace(/[\s\u00A0\u2000-\u200A\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

/**
 * Splits author strings into a set of name keys: separators , ; & | and " and ", a leading "By" removed,
 * compared case-insensitively after textKey.
 */
export function nameKeys(authors: readonly string[]): Set<string> {
  const keys = new Set<string>();
  for (const author of authors) {
    for (const part of author.split(/[,;&|]|\s+and\s+/i)) {
      const key = textKey(part).replace(/^by\b[\s:]*/, '').trim();
      if (key) keys.add(key);
    }
  }
  return keys;
}

/**
 * The day a date value names, as written (no time-zone shift): "2023-04-28T23:10:00-05:00" → "2023-04-28".
 * Values that do not start with a Y-M-D day (RFC 2822 strings from meta tags) are parsed and read in UTC.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const written = /^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(value);
  if (written) return `${written[1]}-${pad(written[2])}-${pad(written[3])}`;
  const parsed = new Date(value);
  if (Number.isNaN(parsed.getTime())) return null;
  return parsed.toISOString().slice(0, 10);
}

function pad(part: string | undefined): string {
  return (part ?? '').padStart(2, '0');
}
