// The intermediate results of structure extraction, before they are merged into the Article.
import type { Article, ArticleImage, Block, RelatedLink } from '../analysis';

/**
 * What the page says about itself: JSON-LD, meta tags, microdata and the byline/date in the DOM. The fields it
 * shares with the Article mean the same (wire: agencies named in metadata or the byline).
 */
export type PageMetadata = Pick<
  Article,
  'title' | 'section' | 'authors' | 'publisher' | 'publishedAt' | 'modifiedAt' | 'language' | 'canonicalUrl' | 'image' | 'wire'
> & {
  /** The JSON-LD headline and og:title agree on the title (site names aside): the title choice trusts it more. */
  titleBacked?: boolean;
  /** The page's own description (og:description, JSON-LD description): a dek candidate. */
  description: string | null;
  /** What the page says it is: top-level schema.org types ("NewsArticle", "CollectionPage") and "og:<type>". */
  pageTypes?: string[];
};

/** What the DOM's article region holds: the header, the lead figure, the body and what is not the story. */
export interface BodyExtraction {
  /** The headline as shown in the article (usually the h1). */
  title: string | null;
  dek: string | null;
  /** The kicker near the headline ("WORLD"). */
  section: string | null;
  statedReadingMinutes: number | null;
  image: ArticleImage | null;
  /** Body blocks only (paragraph, heading, quote, list-item), in reading order, boilerplate removed. */
  blocks: Block[];
  related: RelatedLink[];
  wire: string[];
}
