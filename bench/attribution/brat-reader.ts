// Reads PolNeAR (brat standoff) into texts, paragraph blocks with their offsets, and gold Content/Source spans.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block } from '../../src/analysis';

/** A character range [start, end) in UTF-16 offsets of the whole .txt. */
export interface Range { start: number; end: number }

export interface GoldAttribution {
  /** The Content span; discontiguous contents ("…," he said, "…") have several fragments. */
  content: Range[];
  /** The Source span, empty for the corpus's Attribution-no-source. */
  source: Range[];
  sourceText: string;
  /** The cue words ("said", "according to"), for failure listings. */
  cueText: string;
}

export interface PolnearDoc {
  name: string;
  text: string;
  blocks: Block[];
  /** blockStarts[i] = offset of blocks[i].text in `text`, so block spans map back to the file. */
  blockStarts: number[];
  gold: GoldAttribution[];
  annotator: string;
}

/**
 * One annotator per text: when a text has several .ann files (two annotators), the file whose name sorts first
 * is used. The rule looks only at file names, never at what the files contain, so it cannot favour the extractor.
 */
export function annotationFileFor(names: readonly string[]): string | undefined {
  return [...names].sort()[0];
}

export function readSplit(root: string, split: 'train' | 'dev'): PolnearDoc[] | null {
  const textDir = join(root, 'data', split, 'text');
  const annDir = join(root, 'data', split, 'attributions');
  if (!existsSync(textDir) || !existsSync(annDir)) return null;
  const annsByText = new Map<string, string[]>();
  for (const file of readdirSync(annDir)) {
    if (!file.endsWith('.ann')) continue;
    const base = file.replace(/_[0-9a-f]+\.ann$/, '');
    annsByText.set(base, [...(annsByText.get(base) ?? []), file]);
  }
  const docs: PolnearDoc[] = [];
  for (const file of readdirSync(textDir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const name = file.slice(0, -4);
    const annFile = annotationFileFor(annsByText.get(name) ?? []);
    if (!annFile) continue;
    const text = readFileSync(join(textDir, file), 'utf8');
    const { blocks, blockStarts } = paragraphBlocks(text);
    const gold = readAnn(readFileSync(join(annDir, annFile), 'utf8'), codePointToUtf16(text), text);
    docs.push({ name, text, blocks, blockStarts, gold, annotator: annFile.slice(name.length + 1, -4) });
  }
  return docs;
}

/** Every non-empty line is one paragraph (the files separate paragraphs by blank lines, some by single newlines). */
export function paragraphBlocks(text: string): { blocks: Block[]; blockStarts: number[] } {
  const blocks: Block[] = [];
  const blockStarts: number[] = [];
  const line = /[^\n]+/g;
  for (let match = line.exec(text); match; match = line.exec(text)) {
    const lead = match[0].length - match[0].trimStart().length;
    const body = match[0].trim();
    if (!body) continue;
    blocks.push({ kind: 'paragraph', text: body });
    blockStarts.push(match.index + lead);
  }
  return { blocks, blockStarts };
}

/** brat offsets count code points; JavaScript strings count UTF-16 units (they differ after an emoji). */
function codePointToUtf16(text: string): (offset: number) => number {
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return (offset) => map[Math.min(offset, map.length - 1)] ?? unit;
}

interface TextBound { type: string; ranges: Range[] }

function readAnn(ann: string, toUtf16: (offset: number) => number, text: string): GoldAttribution[] {
  const bounds = new Map<string, TextBound>();
  const events: string[][] = [];
  for (const line of ann.split('\n')) {
    const [id, body] = line.split('\t');
    if (!id || !body) continue;
    if (id.startsWith('T')) {
      const space = body.indexOf(' ');
      const type = body.slice(0, space);
      const ranges = body.slice(space + 1).split(';').map((part) => {
        const [a, b] = part.trim().split(/\s+/).map(Number);
        return { start: toUtf16(a ?? 0), end: toUtf16(b ?? 0) };
      });
      bounds.set(id, { type, ranges });
    } else if (id.startsWith('E')) {
      events.push(body.trim().split(/\s+/));
    }
  }
  const gold: GoldAttribution[] = [];
  for (const args of events) {
    const roles = new Map(args.slice(1).map((arg) => arg.split(':') as [string, string]));
    const content = bounds.get(roles.get('Content') ?? '');
    if (!content) continue;
    const source = bounds.get(roles.get('Source') ?? '');
    const cue = bounds.get(roles.get('Cue') ?? '');
    const sourceRanges = source?.ranges ?? [];
    gold.push({
      content: content.ranges,
      source: sourceRanges,
      sourceText: sourceRanges.map((r) => text.slice(r.start, r.end)).join(' '),
      cueText: (cue?.ranges ?? []).map((r) => text.slice(r.start, r.end)).join(' '),
    });
  }
  return gold;
}
