// `npm run bench` (entities part): the whole entity layer (tagger + role, organisation and consistency rules), scored as
// names on CoNLL++ dev/test and UNER EWT test beside the tagger alone, to show what the rules add or cost on news.
import type { Block, Entity } from '../../src/analysis';
import { findEntities } from '../../src/nlp/entities/find-entities';
import { tagDocument } from '../../src/nlp/ner';
import type { Sentence } from '../../src/nlp/ner/train';
import { emptyScore, microCounts, prf, SCORED_TYPES, scoreSentence, type Score } from '../ner/evaluate';
import { DEV_PARTS, documentsOf, EVAL_PARTS, readParts } from '../ner/read-corpus';

const TYPE_TAGS: Record<Entity['type'], string> = { person: 'PER', place: 'LOC', organization: 'ORG', event: 'MISC', other: 'MISC' };

/** One paragraph block per sentence, its words joined by single spaces; each word's start offset alongside. */
function asBlocks(document: readonly Sentence[]): { blocks: Block[]; starts: number[][] } {
  const starts: number[][] = [];
  const blocks = document.map((sentence): Block => {
    let at = 0;
    starts.push(sentence.tokens.map((token) => {
      const start = at;
      at += token.length + 1;
      return start;
    }));
    return { kind: 'paragraph', text: sentence.tokens.join(' ') };
  });
  return { blocks, starts };
}

/**
 * The entity layer's named mentions as IOB2 tags per sentence. Definite references ("the ministry") are not names
 * and are left out; a mention that does not start and end on word boundaries cannot match and is left out too.
 */
function pipelineTags(document: readonly Sentence[]): string[][] {
  const { blocks, starts } = asBlocks(document);
  const tags = document.map((sentence) => sentence.tokens.map(() => 'O'));
  for (const entity of findEntities(blocks, tagDocument)) {
    for (const span of entity.mentions) {
      const text = blocks[span.block]!.text.slice(span.start, span.end);
      if (/^the\s+\p{Ll}/iu.test(text) && !/\p{Lu}/u.test(text.slice(4))) continue;
      const wordStarts = starts[span.block]!;
      const first = wordStarts.indexOf(span.start);
      const last = wordStarts.findIndex((start, i) => start + document[span.block]!.tokens[i]!.length === span.end);
      if (first < 0 || last < first) continue;
      const row = tags[span.block]!;
      if (row.slice(first, last + 1).some((tag) => tag !== 'O')) continue;
      const type = TYPE_TAGS[entity.type];
      for (let i = first; i <= last; i++) row[i] = `${i === first ? 'B' : 'I'}-${type}`;
    }
  }
  return tags;
}

const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
function line(score: Score): string {
  const byType = SCORED_TYPES.map((type) => `${type} ${pct(prf(score.byType[type] ?? { tp: 0, predicted: 0, gold: 0 }).f)}`).join(' ');
  const micro = prf(microCounts(score));
  return `F1 ${pct(micro.f)} (P ${pct(micro.p)} R ${pct(micro.r)}; ${byType})`;
}

const parts = readParts([...DEV_PARTS, ...EVAL_PARTS]);
if (!parts) process.exit(0);
console.log('\nEntity layer as names (tagger + rules; PER+LOC+ORG exact spans, definite references left out):');
for (const part of parts) {
  const tagger = emptyScore();
  const pipeline = emptyScore();
  const started = performance.now();
  let tokens = 0;
  for (const document of documentsOf(part.sentences)) {
    const fromTagger = tagDocument(document.map((sentence) => sentence.tokens));
    const fromPipeline = pipelineTags(document);
    document.forEach((sentence, s) => {
      scoreSentence(tagger, sentence.tags, fromTagger[s] ?? []);
      scoreSentence(pipeline, sentence.tags, fromPipeline[s] ?? []);
      tokens += sentence.tokens.length;
    });
  }
  const seconds = (performance.now() - started) / 1000;
  console.log(`  ${part.name.padEnd(14)} tagger   ${line(tagger)}`);
  console.log(`  ${''.padEnd(14)} pipeline ${line(pipeline)}  (${Math.round(tokens / seconds).toLocaleString('en')} tokens/s for both)`);
}
