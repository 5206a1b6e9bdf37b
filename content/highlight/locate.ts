// Finds the Analysis's blocks and spans in the page's text index: exact block matches first, then a tolerant search by context.
import type { Block, Span } from '../../src/analysis';
import type { TextIndex } from './text-index';

/** Where each block starts in the index text, or null when its text is not there as it was read. */
export type BlockStarts = (number | null)[];

const LEAD_KINDS = new Set<Block['kind']>(['title', 'dek', 'caption']);

/**
 * Body blocks are looked for in reading order, each after the one before, so a sentence repeated in a
 * teaser above the story is passed over. The title, dek and caption come first in the Analysis but may sit
 * anywhere (a breadcrumb can repeat the title): the occurrence nearest the story's first block is taken.
 */
export function locateBlocks(index: TextIndex, blocks: readonly Block[], wanted?: ReadonlySet<number>): BlockStarts {
  const starts: BlockStarts = blocks.map(() => null);
  let cursor = 0;
  let firstBody: number | null = null;
  blocks.forEach((block, i) => {
    if (LEAD_KINDS.has(block.kind)) return;
    const at = findWhole(index.text, block.text, cursor) ?? findWhole(index.text, block.text, 0);
    if (at === null) return;
    if (firstBody === null) firstBody = at;
    // Only the blocks with something to mark need a place, but each found block moves the cursor on.
    if (!wanted || wanted.has(i)) starts[i] = at;
    cursor = at + block.text.length;
  });
  blocks.forEach((block, i) => {
    if (!LEAD_KINDS.has(block.kind) || (wanted && !wanted.has(i))) return;
    starts[i] = nearestWhole(index.text, block.text, firstBody ?? 0);
  });
  return starts;
}

/** The index range of a span, through its block's exact start or, failing that, through the words around it. */
export function locateSpan(index: TextIndex, blocks: readonly Block[], starts: BlockStarts, span: Span, hint: number): [number, number] | null {
  const block = blocks[span.block];
  if (!block || span.start < 0 || span.end > block.text.length || span.start >= span.end) return null;
  const start = starts[span.block];
  if (start !== null && start !== undefined) return [start + span.start, start + span.end];
  const at = findByContext(index.text, block.text, span, hint);
  return at === null ? null : [at, at + span.end - span.start];
}

/** The first occurrence from `from` that is not part of a longer word on either side. */
function findWhole(text: string, needle: string, from: number): number | null {
  if (needle === '') return null;
  for (let at = text.indexOf(needle, from); at !== -1; at = text.indexOf(needle, at + 1)) {
    if (isWordEdge(text, at, at + needle.length)) return at;
  }
  return null;
}

function nearestWhole(text: string, needle: string, target: number): number | null {
  let best: number | null = null;
  let seen = 0;
  for (let at = findWhole(text, needle, 0); at !== null && seen < 50; at = findWhole(text, needle, at + 1), seen++) {
    if (best === null || Math.abs(at - target) < Math.abs(best - target)) best = at;
  }
  return best;
}

function isWordEdge(text: string, start: number, end: number): boolean {
  const splitsStart = isWordChar(text.charCodeAt(start - 1)) && isWordChar(text.charCodeAt(start));
  const splitsEnd = isWordChar(text.charCodeAt(end - 1)) && isWordChar(text.charCodeAt(end));
  return !splitsStart && !splitsEnd;
}

function isWordChar(code: number): boolean {
  if (Number.isNaN(code)) return false;
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code !== 0xd7 && code !== 0xf7 && code < 0x2000);
}

/** How far from the hint the tolerant search looks first: the story rarely moves further. */
const NEAR_WINDOW = 60_000;
/** Characters of the block on each side of the mention compared with the page. */
const CONTEXT = 24;

/**
 * The page changed since it was read (or the block was read around a skipped element): the mention's own words
 * are looked for where the words around them in the block agree, preferring the place nearest the hint.
 */
function findByContext(text: string, blockText: string, span: Span, hint: number): number | null {
  const quote = blockText.slice(span.start, span.end);
  const before = blockText.slice(Math.max(0, span.start - CONTEXT), span.start);
  const after = blockText.slice(span.end, span.end + CONTEXT);
  // Some context must agree, or any "China" on the page would do; a block made of the mention alone needs none.
  const needed = Math.min(8, before.length + after.length);
  const scan = (from: number, to: number): number | null => {
    let best: number | null = null;
    let bestScore = -1;
    for (let at = text.indexOf(quote, from); at !== -1 && at <= to; at = text.indexOf(quote, at + 1)) {
      if (!isWordEdge(text, at, at + quote.length)) continue;
      const score = commonSuffix(text, at, before) + commonPrefix(text, at + quote.length, after);
      if (score < needed) continue;
      if (score > bestScore || (score === bestScore && best !== null && Math.abs(at - hint) < Math.abs(best - hint))) {
        best = at;
        bestScore = score;
      }
    }
    return best;
  };
  return scan(Math.max(0, hint - NEAR_WINDOW), hint + NEAR_WINDOW) ?? scan(0, text.length);
}

function commonSuffix(text: string, end: number, before: string): number {
  let n = 0;
  while (n < before.length && end - n - 1 >= 0 && text.charCodeAt(end - n - 1) === before.charCodeAt(before.length - n - 1)) n++;
  return n;
}

function commonPrefix(text: string, start: number, after: string): number {
  let n = 0;
  while (n < after.length && start + n < text.length && text.charCodeAt(start + n) === after.charCodeAt(n)) n++;
  return n;
}
