// Runs in a real news page in Chromium (its own scripts off): reads it as the extension does, highlights it, checks that the text is untouched, and takes the marks off again.
import type { Analysis } from '../../src/analysis';
import { analyzeDocumentApart } from '../../src/analysis-apart';
import { createStoryReader } from '../../background/story-reader';
import { createPageHighlighter } from '../../content/highlight/highlighter';
import { storyReaderClient } from '../../content/story-reader-client';
import { pageTagger } from './page-model';

export interface RealPageResult {
  /** Entity mentions in the Analysis (every type): what the highlighter was asked to mark. */
  mentions: number;
  /** Mentions it could not place on the page (not found, or inside a form field, an editable region or code). */
  unplaced: number;
  /** Marks written (a mention across elements takes one per text node). */
  marks: number;
  /** From highlight() to its last mark written. */
  highlightMs: number;
  /** The longest task the browser saw while highlighting (0 when none reached 50 ms). */
  longestTaskMs: number;
  /** The page's text (body.textContent) the same with the marks on. */
  textUnchanged: boolean;
  /** After unhighlight: the very same text nodes, in the same order, with the same data. */
  restored: boolean;
  /** A few mentions left unplaced, as "text" (block kind), to look into. */
  unplacedSamples: string[];
}

function textNodes(): Text[] {
  const walker = document.createTreeWalker(document.body ?? document.documentElement, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask' });

const reader = createStoryReader(pageTagger);
const client = storyReaderClient(async (message) => reader.handle(message));

async function run(url: string): Promise<RealPageResult> {
  const before = textNodes();
  const data = before.map((node) => node.data);
  const text = document.body?.textContent ?? '';
  const analysis: Analysis = await analyzeDocumentApart(document, { url, reader: client });
  const mentions = analysis.entities.reduce((sum, entity) => sum + entity.mentions.length, 0);
  const highlighter = createPageHighlighter(document);
  const started = performance.now();
  const summary = await highlighter.highlight(analysis);
  await highlighter.written;
  const highlightMs = performance.now() - started;
  const marks = document.querySelectorAll('newslens-mark').length;
  const textUnchanged = (document.body?.textContent ?? '') === text;
  const marked = new Set([...document.querySelectorAll('newslens-mark')].map((mark) => `${mark.getAttribute('data-entity')}/${mark.getAttribute('data-mention')}`));
  const unplacedSamples = analysis.entities
    .flatMap((entity) => entity.mentions.map((span, i) => ({ span, placed: marked.has(`${entity.id}/${i}`) })))
    .filter((mention) => !mention.placed)
    .slice(0, 5)
    .map(({ span }) => `"${analysis.blocks[span.block]?.text.slice(span.start, span.end)}" (${analysis.blocks[span.block]?.kind})`);
  // The observer reports long tasks a moment late.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const longestTaskMs = Math.max(0, ...longTasks.filter((task) => task.start >= started - 1).map((task) => task.duration));
  highlighter.dispose();
  const after = textNodes();
  const restored = after.length === before.length && after.every((node, i) => node === before[i] && node.data === data[i]);
  return { mentions, unplaced: summary.unplaced, marks, highlightMs, longestTaskMs, textUnchanged, restored, unplacedSamples };
}

(globalThis as unknown as { newslensRealPage: { run: typeof run } }).newslensRealPage = { run };
