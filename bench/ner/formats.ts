// Parsers for the column formats of the NER corpora, from text to sentences of words and IOB2 tags.
import { toIob2 } from '../../src/nlp/ner/tags';
import type { Sentence } from '../../src/nlp/ner/train';

export type CorpusFormat = 'conll' | 'uner' | 'wikigold' | 'twitter';

interface Layout {
  split: RegExp;
  token: (cols: string[]) => string | undefined;
  tag: (cols: string[]) => string | undefined;
  /** Lines that are metadata, not tokens. */
  comment: (line: string) => boolean;
  /** Lines that open a new document ("-DOCSTART-", "# newdoc"); formats without them give no document ids. */
  newDoc?: (line: string) => boolean;
}

const last = (cols: string[]) => cols[cols.length - 1];
const LAYOUTS: Record<CorpusFormat, Layout> = {
  // CoNLL-2003 / CoNLL++: "word POS chunk tag", space-separated, -DOCSTART- between documents.
  conll: { split: / +/, token: (c) => c[0], tag: last, comment: () => false, newDoc: (line) => line.startsWith('-DOCSTART-') },
  // Universal NER: "index word tag - annotator", tab-separated, with "# text = …" lines.
  uner: {
    split: /\t/,
    token: (c) => c[1],
    tag: (c) => c[2],
    comment: (line) => line.startsWith('#') && !/^#\t/.test(line),
    newDoc: (line) => line.startsWith('# newdoc'),
  },
  // Wikigold: "word tag", space-separated, IOB1 (I- opens a span), -DOCSTART- lines.
  wikigold: { split: / +/, token: (c) => c[0], tag: last, comment: () => false, newDoc: (line) => line.startsWith('-DOCSTART-') },
  // BTC and WNUT17: "word<TAB>tag".
  twitter: { split: /\t/, token: (c) => c[0], tag: last, comment: () => false },
};

const WNUT_TYPES: Record<string, string> = {
  person: 'PER',
  location: 'LOC',
  corporation: 'ORG',
  group: 'ORG',
  product: 'MISC',
  'creative-work': 'MISC',
};
const KNOWN_TYPES = new Set(['PER', 'LOC', 'ORG', 'MISC']);

/** A corpus tag mapped onto PER/LOC/ORG/MISC, keeping its B-/I- prefix; anything else becomes O. */
export function normaliseTag(tag: string): string {
  const match = /^([BI])-(.+)$/.exec(tag.trim());
  if (!match) return 'O';
  const raw = match[2] ?? '';
  const type = WNUT_TYPES[raw.toLowerCase()] ?? raw.toUpperCase();
  return KNOWN_TYPES.has(type) ? `${match[1]}-${type}` : 'O';
}

/** Sentences of one corpus file's text, tags normalised to IOB2 over PER/LOC/ORG/MISC, with document ids where the format has them. */
export function parseCorpus(text: string, format: CorpusFormat): Sentence[] {
  const layout = LAYOUTS[format];
  const sentences: Sentence[] = [];
  let tokens: string[] = [];
  let tags: string[] = [];
  let doc = 0;
  const flush = () => {
    if (tokens.length) sentences.push(layout.newDoc ? { tokens, tags: toIob2(tags), doc } : { tokens, tags: toIob2(tags) });
    tokens = [];
    tags = [];
  };
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim()) {
      flush();
      continue;
    }
    if (layout.newDoc?.(line)) {
      flush();
      // The first document of a file starts at 0 whether or not a marker opens it.
      if (sentences.length) doc++;
    }
    if (line.startsWith('-DOCSTART-')) {
      flush();
      continue;
    }
    if (layout.comment(line)) continue;
    const cols = line.split(layout.split);
    const token = layout.token(cols);
    if (token === undefined || token === '' || cols.length < 2) continue;
    tokens.push(token);
    tags.push(normaliseTag(layout.tag(cols) ?? 'O'));
  }
  flush();
  return sentences;
}
