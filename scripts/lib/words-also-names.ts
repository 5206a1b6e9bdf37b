// Which common words are also part of names ("sun" of Sun Yat-sen, "bush"): computed when the name lists are built, so no reader does it.

/**
 * The words of `dictionary` that are a word of any of `names` (compared lower-case), sorted. The dictionary module
 * (src/nlp/gazetteer/dictionary.ts) keeps a capitalised such word's name reading open.
 */
export function wordsAlsoInNames(dictionary: Iterable<string>, names: Iterable<string>): string[] {
  const words = new Set(dictionary);
  const found = new Set<string>();
  for (const name of names) {
    for (const part of name.toLowerCase().split(' ')) if (words.has(part)) found.add(part);
  }
  return [...found].sort();
}
