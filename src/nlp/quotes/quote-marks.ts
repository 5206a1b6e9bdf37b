// Finds the quoted stretches of each block: curly, straight and guillemet marks, unbalanced marks, quotes over several paragraphs.
import type { Block } from '../../analysis';

/** One quoted stretch inside one block; [start, end) includes its marks. */
export interface QuotedStretch {
  block: number;
  start: number;
  end: number;
  /** False when the block ended before a closing mark. */
  closed: boolean;
  /** Index (into the same list) of the stretch in the previous paragraph this one continues, or -1. */
  continues: number;
}

const CURLY_OPEN = new Set(['“', '„', '«', '‟']);
const CURLY_CLOSE = new Set(['”', '»']);
const STRAIGHT = '"';
/** Characters after which a straight mark opens a quote rather than closing one. */
const BEFORE_OPENING = /[\s([{—–\-/:]/u;

/** The quoted stretches of one text, in order. Never throws; an unclosed mark runs to the end of the text only. */
export function stretchesIn(text: string): { start: number; end: number; closed: boolean }[] {
  const out: { start: number; end: number; closed: boolean }[] = [];
  let openAt = -1;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] as string;
    const isMark = char === STRAIGHT || CURLY_OPEN.has(char) || CURLY_CLOSE.has(char);
    if (!isMark) continue;
    // Typed text mixes marks ("…,” after a straight opening; “…,“ with the wrong curly one): while a quotation
    // is open, any mark that ends a word (letters or punctuation before it, a space, punctuation or the end after
    // it) closes it.
    const endsWord = i > 0 && /\S/u.test(text[i - 1] as string) && /^(?:[\s,.;:!?)\]—–-]|$)/u.test(text[i + 1] ?? '');
    if (openAt >= 0 && (CURLY_CLOSE.has(char) || endsWord) && !(char === '«' || char === '„')) {
      out.push({ start: openAt, end: i + 1, closed: true });
      openAt = -1;
    } else if (char === STRAIGHT) {
      if (openAt < 0 && (i === 0 || BEFORE_OPENING.test(text[i - 1] as string)) && /\S/u.test(text[i + 1] ?? '')) {
        openAt = i;
      }
    } else if (CURLY_OPEN.has(char)) {
      // A second opening mark while one is open: the first was never closed; it ends where the new one starts.
      if (openAt >= 0) out.push({ start: openAt, end: trimEnd(text, i), closed: false });
      openAt = i;
    }
  }
  if (openAt >= 0) out.push({ start: openAt, end: trimEnd(text, text.length), closed: false });
  return out.filter((s) => s.end - s.start > 1);
}

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/u.test(text[e - 1] as string)) e -= 1;
  return e;
}

/**
 * The stretches of all blocks. A stretch left open at the end of a paragraph continues into the next paragraph
 * when that one opens with a quote mark (the news convention for a quote over several paragraphs); the chain
 * stops at the first stretch that closes, so a quote never spans more paragraphs than its own marks do.
 */
export function findQuotedStretches(blocks: readonly Block[], readable: (index: number) => boolean): QuotedStretch[] {
  const all: QuotedStretch[] = [];
  let openFromPrevious = -1;
  blocks.forEach((block, b) => {
    if (!readable(b)) {
      openFromPrevious = -1;
      return;
    }
    const found = stretchesIn(block.text);
    const opensWithMark = found[0] !== undefined && block.text.slice(0, found[0].start).trim() === '';
    found.forEach((stretch, i) => {
      const continues = i === 0 && opensWithMark ? openFromPrevious : -1;
      all.push({ block: b, ...stretch, continues });
    });
    const last = found[found.length - 1];
    openFromPrevious = last && !last.closed ? all.length - 1 : -1;
  });
  return all;
}
