// The Analysis contract (schema newslens/analysis@1): what the CLI prints, the popup shows and benchmarks read.

export const ANALYSIS_SCHEMA = 'newslens/analysis@1' as const;

export interface Analysis {
  schema: typeof ANALYSIS_SCHEMA;
  url: string | null;
  /** False for home pages, section listings, search results and other non-article pages. */
  isArticle: boolean;
  article: Article;
  /** Every text unit analysed, in reading order. */
  blocks: Block[];
  entities: Entity[];
  times: TimeMention[];
  quotes: Quote[];
  facts: Fact[];
  sources: Sources;
  stats: { words: number; ms: number };
}

export interface ArticleImage {
  src: string | null;
  alt: string | null;
  caption: string | null;
  credit: string | null;
}

export interface RelatedLink {
  title: string;
  href: string | null;
}

export interface Article {
  title: string | null;
  /** Standfirst / subheadline. */
  dek: string | null;
  /** Kicker as the page shows it ("WORLD"). */
  section: string | null;
  /** "2 MIN READ" -> 2; null when the page states none. */
  statedReadingMinutes: number | null;
  /** People only: no "By", no dates, no agencies, no duplicates. */
  authors: string[];
  publisher: string | null;
  /** ISO 8601: "2024-02-28", or with time and offset when known. */
  publishedAt: string | null;
  modifiedAt: string | null;
  /** BCP 47. */
  language: string | null;
  canonicalUrl: string | null;
  image: ArticleImage | null;
  /** Agencies the story is credited to: ["Reuters"]. */
  wire: string[];
  /** RECOMMENDED / Explore / "Read more" items. */
  related: RelatedLink[];
}

export type BlockKind = 'title' | 'dek' | 'caption' | 'heading' | 'paragraph' | 'quote' | 'list-item';

/** The kinds that make up the story's body (as opposed to title, dek and captions). */
export const BODY_KINDS: ReadonlySet<BlockKind> = new Set(['paragraph', 'heading', 'quote', 'list-item']);

export interface Block {
  kind: BlockKind;
  text: string;
}

/** UTF-16 offsets into blocks[block].text. */
export interface Span {
  block: number;
  start: number;
  end: number;
}

export interface Entity {
  id: string;
  type: 'person' | 'organization' | 'place' | 'event' | 'other';
  name: string;
  aliases: string[];
  role: string | null;
  affiliation: string | null;
  mentions: Span[];
  salience: number;
}

export interface TimeMention {
  text: string;
  span: Span;
  value: string | null;
}

export interface Quote {
  id: string;
  kind: 'direct' | 'indirect' | 'mixed';
  text: string;
  span: Span;
  speaker: string | null;
  speakerText: string | null;
  cue: string | null;
}

export interface Fact {
  id: string;
  kind: 'statement' | 'event' | 'relation' | 'quantity';
  text: string;
  subject: string | null;
  predicate: string;
  objects: string[];
  when: string | null;
  where: string | null;
  attribution: {
    kind: 'named' | 'organization' | 'anonymous' | 'document' | 'wire' | 'none';
    source: string | null;
    text: string | null;
  };
  evidence: Span;
  confidence: number;
}

export interface Sources {
  authors: string[];
  publisher: string | null;
  wire: string[];
  photo: string[];
  named: { entity: string; quotes: number }[];
  anonymous: number;
  unattributed: number;
}

/** An Article with nothing known yet: the starting point every extractor fills in. */
export function emptyArticle(): Article {
  return {
    title: null,
    dek: null,
    section: null,
    statedReadingMinutes: null,
    authors: [],
    publisher: null,
    publishedAt: null,
    modifiedAt: null,
    language: null,
    canonicalUrl: null,
    image: null,
    wire: [],
    related: [],
  };
}
