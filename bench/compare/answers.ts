// The comparison tools' answers for one page (Readability on jsdom, metascraper): slow, so they are cached.
import { decodeHtml } from '../../src/io/decode-html';
import { readPageBytes } from '../corpus/paths';
import { runMetascraper } from '../tools/metascraper';
import { emptyPrediction, type Prediction } from '../tools/prediction';
import { runReadabilityOnJsdom } from '../tools/readability';

export interface ToolAnswer {
  prediction: Prediction;
  /** The tool threw: the prediction is empty and scored as a miss. */
  error?: string;
  /** Time of the tool's own extraction step, where it has one (Readability .parse() on jsdom). */
  ms?: number;
}

export interface ComparisonAnswers {
  readability: ToolAnswer;
  metascraper: ToolAnswer;
}

export async function compareOnPage(root: string, relPath: string, url: string | null): Promise<ComparisonAnswers> {
  const html = decodeHtml(readPageBytes(root, relPath)).text;
  let readability: ToolAnswer;
  try {
    readability = runReadabilityOnJsdom(html, url);
  } catch (error) {
    readability = { prediction: emptyPrediction(), error: describeError(error) };
  }
  let metascraper: ToolAnswer;
  try {
    metascraper = { prediction: await runMetascraper(html, url) };
  } catch (error) {
    metascraper = { prediction: emptyPrediction(), error: describeError(error) };
  }
  return { readability, metascraper };
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
