// Plain text with no structure detection: every non-empty line is one paragraph (used by NLP benchmarks).
import { emptyArticle, type Block } from '../analysis';
import { cleanText } from '../text/normalize';
import type { StructuredPage } from './structured-page';

export function parsePlainText(text: string): StructuredPage {
  const blocks: Block[] = text
    .split(/\r\n|\r|\n/)
    .map((line) => cleanText(line))
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph', text: line }));
  return { article: emptyArticle(), blocks, isArticle: blocks.length > 0 };
}
