// The plain baseline: a sentence with "said"/"says" → content = the sentence minus the "X said" clause, speaker = the words before "said".
import { splitSentences } from '../../src/nlp/sentences';
import { tokenize, type Token } from '../../src/nlp/tokenize';
import type { PolnearDoc } from './brat-reader';
import type { PredictedAttribution } from './score';

const CUE = /^(?:said|says)$/i;
const TRAILING = /[\s.,;:!?]+$/;
const LEADING = /^[\s,;:]+/;

export function baselineAttributions(doc: PolnearDoc): PredictedAttribution[] {
  const out: PredictedAttribution[] = [];
  doc.blocks.forEach((block, b) => {
    const offset = doc.blockStarts[b] ?? 0;
    const tokens = tokenize(block.text);
    for (const sentence of splitSentences(tokens)) {
      const words = tokens.slice(sentence.firstToken, sentence.lastToken + 1);
      const cueIndex = words.findIndex((t) => CUE.test(t.text));
      if (cueIndex < 0) continue;
      const cue = words[cueIndex] as Token;
      // "X said": the words from the last comma (or the sentence start) up to "said".
      let speakerFirst = 0;
      for (let i = cueIndex - 1; i >= 0; i -= 1) {
        if (/^[,;:]$/.test((words[i] as Token).text)) { speakerFirst = i + 1; break; }
      }
      const speakerStart = speakerFirst < cueIndex ? (words[speakerFirst] as Token).start : cue.start;
      const before = trimmed(block.text, sentence.start, speakerStart);
      const after = trimmed(block.text, cue.end, sentence.end);
      const content = before.end - before.start >= after.end - after.start ? before : after;
      if (content.end <= content.start) continue;
      out.push({
        content: [{ start: offset + content.start, end: offset + content.end }],
        speakerRanges: speakerStart < cue.start ? [{ start: offset + speakerStart, end: offset + cue.start }] : [],
        speakerNames: [],
      });
    }
  });
  return out;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(LEADING, '').length;
  const body = slice.replace(LEADING, '').replace(TRAILING, '');
  return { start: start + lead, end: start + lead + body.length };
}
