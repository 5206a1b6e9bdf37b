// The structure of one page (Article, blocks, isArticle), whatever it was read from: DOM or copied text.
import type { Article, Block } from '../analysis';

export interface StructuredPage {
  article: Article;
  /** Title, dek and caption blocks first, then the body blocks, in reading order. */
  blocks: Block[];
  isArticle: boolean;
}

/** Puts the title, dek and caption in front of the body blocks, as the Analysis lists them. */
export function structuredResult(article: Article, bodyBlocks: Block[], isArticle: boolean): StructuredPage {
  const blocks: Block[] = [];
  if (article.title) blocks.push({ kind: 'title', text: article.title });
  if (article.dek) blocks.push({ kind: 'dek', text: article.dek });
  if (article.image?.caption) blocks.push({ kind: 'caption', text: article.image.caption });
  // concat, not push(...): spreading a huge page's blocks as arguments overflows the call stack.
  return { article, blocks: blocks.concat(bodyBlocks), isArticle };
}
