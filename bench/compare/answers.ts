// The comparison tools' answers for one page (Readability on jsdom, metascraper): slow, so they are cached.
import { decodeHtml } from '../../src/io/decode-html';
import { readPageBytes } from '../corpus/paths';
import { runMetascraper } from '../tools/metascraper';
import { emptyPrediction, type Prediction } from '../tools/prediction';
import { runReadabilityOnJsdom, runReadabilityOnLinkedom } from '../tools/readability';

export interface ToolAnswer {
  prediction: Prediction;
  /** The tool threw: the prediction is empty and scored as a miss. */
  error?: string;
  /** Anything unusual about how the answer was obtained. */
  note?: string;
  /** Time of the tool's own extraction step, where it has one (Readability .parse() on jsdom). */
  ms?: number;
}

export type ComparisonTool = 'readability' | 'metascraper';
export type ComparisonAnswers = Partial<Record<ComparisonTool, ToolAnswer>>;

/** The answers of the tools asked for; a tool that throws gets an empty prediction and its error. */
export async function compareOnPage(
  root: string,
  relPath: string,
  url: string | null,
  tools: readonly ComparisonTool[],
): Promise<ComparisonAnswers> {
  const html = decodeHtml(readPageBytes(root, relPath)).text;
  const answers: ComparisonAnswers = {};
  for (const tool of tools) {
    try {
      answers[tool] = tool === 'readability' ? readabilityAnswer(html, url) : { prediction: await runMetascraper(html, url) };
    } catch (error) {
      answers[tool] = { prediction: emptyPrediction(), error: describeError(error) };
    }
  }
  return answers;
}

/** Readability on jsdom; where jsdom cannot build the page, Readability on linkedom (noted in the answer). */
function readabilityAnswer(html: string, url: string | null): ToolAnswer {
  try {
    return runReadabilityOnJsdom(html, url);
  } catch (jsdomError) {
    const { prediction } = runReadabilityOnLinkedom(html);
    return { prediction, note: `jsdom failed (${describeError(jsdomError)}); Readability ran on linkedom` };
  }
}

export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0]?.slice(0, 200) ?? 'unknown error';
}
