// The page's language as a BCP 47 tag, from JSON-LD, the html element and meta tags.

/** "en_US" → "en-US", "EN" → "en", "zh-hans-cn" → "zh-Hans-CN"; null for values that are no language tag. */
export function normalizeLanguageTag(value: string | null | undefined): string | null {
  if (!value) return null;
  const first = value.split(/[,;\s]/)[0]?.trim().replace(/_/g, '-') ?? '';
  const match = /^([a-z]{2,3})(?:-([a-z]{4}))?(?:-([a-z]{2}|\d{3}))?$/i.exec(first);
  if (!match || !match[1]) return null;
  const language = match[1].toLowerCase();
  if (language === 'und' || language === 'xx') return null;
  const script = match[2] ? match[2].charAt(0).toUpperCase() + match[2].slice(1).toLowerCase() : null;
  const region = match[3] ? match[3].toUpperCase() : null;
  return [language, script, region].filter((part) => part !== null).join('-');
}

/** The first candidate that is a valid tag; candidates come in order of trust. */
export function chooseLanguage(candidates: (string | null | undefined)[]): string | null {
  for (const candidate of candidates) {
    const tag = normalizeLanguageTag(candidate);
    if (tag) return tag;
  }
  return null;
}
