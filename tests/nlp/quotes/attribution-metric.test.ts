// The PolNeAR bench's metric and reader: overlap matching, greedy one-to-one, speaker agreement, annotator choice.
import { describe, expect, it } from 'vitest';
import { annotationFileFor, paragraphBlocks, type GoldAttribution } from '../../../bench/attribution/brat-reader';
import { overlapShare, scoreDocument, speakerAgrees, type PredictedAttribution } from '../../../bench/attribution/score';

const gold = (start: number, end: number, source: [number, number] | null, sourceText = ''): GoldAttribution => ({
  content: [{ start, end }],
  source: source ? [{ start: source[0], end: source[1] }] : [],
  sourceText,
  cueText: 'said',
});
const predicted = (start: number, end: number, speaker: [number, number] | null, names: string[] = []): PredictedAttribution => ({
  content: [{ start, end }],
  speakerRanges: speaker ? [{ start: speaker[0], end: speaker[1] }] : [],
  speakerNames: names,
});

describe('attribution metric', () => {
  it('measures overlap against the shorter span and needs more than half', () => {
    expect(overlapShare([{ start: 0, end: 10 }], [{ start: 5, end: 100 }])).toBe(0.5);
    expect(scoreDocument([predicted(0, 10, null)], [gold(5, 100, null)]).content.tp).toBe(0);
    expect(scoreDocument([predicted(0, 10, null)], [gold(4, 100, null)]).content.tp).toBe(1);
  });

  it('matches one to one, largest overlap first', () => {
    const counts = scoreDocument([predicted(0, 20, null), predicted(0, 18, null)], [gold(0, 20, null)]);
    expect(counts.content).toEqual({ tp: 1, predicted: 2, gold: 1 });
  });

  it('counts discontiguous gold content as the union of its pieces', () => {
    const split: GoldAttribution = { ...gold(0, 10, null), content: [{ start: 0, end: 10 }, { start: 20, end: 30 }] };
    expect(overlapShare([{ start: 0, end: 30 }], split.content)).toBe(1);
  });

  it('takes the speaker as right when its words overlap the Source or its name occurs there', () => {
    const g = gold(0, 50, [60, 80], 'China’s Vice Foreign Minister Sun Weidong');
    expect(speakerAgrees(predicted(0, 50, [75, 78]), g)).toBe(true);
    expect(speakerAgrees(predicted(0, 50, [90, 95], ['Sun Weidong']), g)).toBe(true);
    expect(speakerAgrees(predicted(0, 50, [90, 95], ['Sun']), g)).toBe(true);
    expect(speakerAgrees(predicted(0, 50, [90, 95], ['Weidong Sun']), g)).toBe(false);
    // No Source in the gold: right only when nobody is named.
    expect(speakerAgrees(predicted(0, 50, null), gold(0, 50, null))).toBe(true);
    expect(speakerAgrees(predicted(0, 50, [1, 3]), gold(0, 50, null))).toBe(false);
  });
});

describe('PolNeAR reader', () => {
  it('uses the annotation file whose name sorts first', () => {
    expect(annotationFileFor(['a_5fec.ann', 'a_4e07.ann'])).toBe('a_4e07.ann');
    expect(annotationFileFor([])).toBeUndefined();
  });

  it('makes one block per non-empty line, with offsets back into the file', () => {
    const text = 'Title.\n\n  First para.\nSecond para.\n';
    const { blocks, blockStarts } = paragraphBlocks(text);
    expect(blocks.map((b) => b.text)).toEqual(['Title.', 'First para.', 'Second para.']);
    blocks.forEach((block, i) => expect(text.slice(blockStarts[i], (blockStarts[i] as number) + block.text.length)).toBe(block.text));
  });
});
