// Turns one input's bytes into an Analysis: decode the charset, then read it as a page, a copied page or plain text.
import type { Analysis } from '../src/analysis';
import { analyzeCopiedText, analyzeDocument, analyzePlainText } from '../src/analyze';
import { decodeHtml } from '../src/io/decode-html';
import type { DocumentTagger } from '../src/nlp/entities/find-entities';
import { parseHtmlDocument } from '../src/io/parse-html';
import type { Input } from './read-input';

export interface AnalyzeInputOptions {
  url: string | null;
  /** Read text as plain lines (one paragraph each) instead of a copied page. */
  plain: boolean;
  /** The entity tagger (see AnalyzeOptions.tagger). */
  tagger: DocumentTagger | null;
}

export function analyzeInput(input: Input, options: AnalyzeInputOptions): Analysis {
  const { text } = decodeHtml(input.bytes);
  const analyzeOptions = { url: options.url, tagger: options.tagger };
  if (input.kind === 'html') return analyzeDocument(parseHtmlDocument(text), analyzeOptions);
  return options.plain ? analyzePlainText(text, analyzeOptions) : analyzeCopiedText(text, analyzeOptions);
}
