// Quantities: a number with its unit and what it counts ("71,000 Palestinians", "$2 billion in aid", "40 per cent of voters").
import type { Span } from '../../analysis';
import { factAttribution } from './attribution';
import type { FactDocument, SentenceView } from './document';
import type { DraftFact } from './events';
import { asLine, clip } from './text';
import { placeOf, whenOf } from './when-where';

const QUALIFIER = String.raw`(?:(?:about|around|nearly|almost|roughly|approximately|some|over|under|up to|at least|at most|more than|less than|fewer than|an estimated|as many as|as much as)\s+)?`;
const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|bn|m|k)\b)?`;
const CURRENCY_SIGN = String.raw`(?:US\$|\$|€|£|¥|₹|₺)`;
const CURRENCY_WORD = String.raw`(?:dollars|euros|pounds|yuan|yen|rupees|roubles|rubles|lira|liras|francs|pesos|shillings|dinars|riyals|dirhams|won)\b`;
const SPELLED = String.raw`(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a hundred|a thousand|dozens|hundreds|thousands|millions|tens of thousands|hundreds of thousands)`;
const NOUN = String.raw`(?:[\p{L}-]+)`;

/** A money amount, a percentage, or a count; the named groups say which and what it counts. */
const QUANTITY = new RegExp(
  // No number glued to a word or another number: "RAV4", "ID.3", "1,2".
  String.raw`(?<![\p{L}\p{N}.,$€£¥₹₺-])(?:` +
  [
    String.raw`(?<money>${QUALIFIER}(?:${CURRENCY_SIGN}\s?(?:${NUMBER})${SCALE}|(?:${NUMBER})${SCALE}\s+${CURRENCY_WORD})(?:\s+(?:a|per)\s+(?:day|week|month|year))?(?:\s+in\s+(?<moneyFor>\p{Ll}+))?)`,
    String.raw`(?<share>${QUALIFIER}(?:${NUMBER})\s?(?:%|per\s?cent\b|percent\b)(?:\s+of\s+(?<shareOf>(?:the\s+)?${NOUN}))?)`,
    String.raw`(?<count>${QUALIFIER}(?:(?:${NUMBER})\+?${SCALE}|\b${SPELLED})\s+(?:of\s+)?(?<counted>${NOUN}(?:\s+${NOUN})?))`,
  ].join('|') + ')',
  'giu',
);
/** Words that end what a number counts: "40 ships | waiting", "two villages | had". */
const NOT_COUNTED = /^(?:of|the|a|an|and|or|but|nor|so|to|in|on|at|for|from|with|by|after|before|since|during|over|under|across|into|onto|amid|among|as|while|when|where|including|against|between|than|had|has|have|was|were|is|are|will|would|that|who|which|than|per|cent|percent|times|more|less|a\.m|p\.m|am|pm|st|nd|rd|th|last|next|this|each|every|yesterday|today|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)$/iu;
const DURATIONS = /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)$/iu;
/** Units of measure: "two inches", "300 miles", "149 horsepower" measure rather than count. */
const MEASURES = /^(?:inch(?:es)?|feet|foot|miles?|km|kilometres?|kilometers?|metres?|meters?|mph|kph|kg|kilograms?|tonnes?|tons?|pounds?|litres?|liters?|gallons?|barrels?|acres?|hectares?|degrees?|horsepower|hp|kwh|mw|gw|cm|mm)$/iu;

/** Quantities of one sentence, skipping numbers that are dates or times (the time layer has them). */
export function quantitiesIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
  const block = sentence.block;
  const text = doc.text(block);
  const own = text.slice(sentence.start, sentence.end);
  const times = doc.timesIn(block, sentence.start, sentence.end);
  const facts: DraftFact[] = [];
  for (const match of own.matchAll(QUANTITY)) {
    const groups = match.groups ?? {};
    let phrase = match[0];
    const start = sentence.start + (match.index ?? 0);
    // The lookbehind sees only this sentence: "ID.3" may have been split after "ID.".
    if (start > 0 && /[\p{L}\p{N}.,$€£¥₹₺-]/u.test(text.charAt(start - 1))) continue;
    if (/^the\s/iu.test(text.slice(Math.max(0, start - 4), start + 1)) || /\b(?:the|these|those|both|its|their|his|her)\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) continue;
    // "3 in 10 voters", "one in five": a proportion, not a count of ten voters.
    if (/(?:\d|\bone|\btwo|\bthree|\bfour|\bfive|\bsix|\bseven|\beight|\bnine)\s+(?:in|out\s+of)\s+$/iu.test(text.slice(Math.max(0, start - 16), start))) continue;
    let predicate = groups.money ? 'amount' : groups.share ? 'share' : 'count';
    if (groups.count) {
      const words = (groups.counted ?? '').split(/\s+/u);
      const kept: string[] = [];
      for (const word of words) {
        if (NOT_COUNTED.test(word) || (kept.length > 0 && /ing$|ed$/u.test(word))) break;
        kept.push(word);
      }
      if (kept.length === 0) continue;
      phrase = phrase.slice(0, phrase.length - (groups.counted ?? '').length) + kept.join(' ');
      if (DURATIONS.test(kept[0] as string)) predicate = 'duration';
      else if (MEASURES.test(kept[0] as string)) predicate = 'measure';
    }
    const end = start + phrase.length;
    if (times.some((t) => t.span.start < end && t.span.end > start)) continue;
    const evidence: Span = { block, start, end };
    // "$2 billion in aid to Ukraine": the names the amount is for count as its objects too.
    const beneficiary = /^\s+(?:in\s+\p{Ll}+\s+)?(?:to|for)\s+(?:the\s+)?/u.exec(text.slice(end, sentence.end));
    const reach = beneficiary ? end + beneficiary[0].length : end;
    const mentions = [...doc.mentionsIn(block, start, end), ...doc.mentionsIn(block, reach, sentence.end).filter((m) => m.span.start === reach)];
    const clause = clauseAround(doc, sentence, start, end);
    const when = whenOf(doc, block, doc.timesIn(block, clause.start, clause.end));
    const place = placeOf(doc, block, doc.mentionsIn(block, clause.start, clause.end), false);
    const unquoted = text.slice(clause.start, clause.end).replace(/^\s*["“„«]|["”»]\s*$/gu, '').replace(DATELINE, '');
    const line = unquoted.replace(/^\s*(?:and|but|yet)\s+/iu, '');
    // "…, which officials say | killed 1,200 …", "In which 1,200 people were killed": the end of a sentence, not one.
    if (/^\p{Ll}{2,}\b/u.test(unquoted.trimStart()) || /^\s*(?:(?:in|of|for|to|at|by|from|with|during|after)\s+)?(?:which|whom|whose)\b/iu.test(line)) continue;
    // "31%.", "No. | 1 motivating factor …": a figure standing alone or the tail of a split sentence is no line.
    if ((line.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_LINE_WORDS || /\bNo\.\s*$/u.test(text.slice(Math.max(0, clause.start - 5), clause.start))) continue;
    // "They will spend …", "Even after four years, he continues …": a line whose subject is a pronoun does not say
    // whose number it is.
    if (PRONOUN_SUBJECT.test(line)) continue;
    // "… $80 million … over the final eight weeks": a sentence is one line, given for its first number.
    const lineText = asLine(clip(line));
    if (facts.some((f) => f.text === lineText)) continue;
    facts.push({
      kind: 'quantity',
      text: lineText,
      subject: null,
      predicate,
      objects: [...new Set(mentions.map((m) => m.entity.id))],
      when,
      where: place?.entity.id ?? null,
      attribution: factAttribution(doc, evidence, sentence),
      evidence,
      confidence: Math.round((0.6 + (mentions.length ? 0.1 : 0) + (when ? 0.05 : 0) + (place ? 0.05 : 0)) * 100) / 100,
    });
  }
  return facts;
}

const MAX_WHOLE_SENTENCE = 200;
/** "BEIRUT/THE HAGUE, March 7 (Reuters) - ": the wire's dateline before the first sentence is no part of it. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s/.,'-]{2,60},?\s+(?:\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+)?\([^)]{2,40}\)\s*[-—–]\s*/u;
/** Fewer words than this is a figure, not a sentence about it. */
const MIN_LINE_WORDS = 4;
/** A pronoun opening the line, or opening its main clause after a fronted phrase ("Even after …, he"). */
const PRONOUN_SUBJECT = /^\s*(?:(?:even\s+|just\s+)?(?:after|before|when|while|since|as|in|on|at|for|with|despite|although|though|because|by|during|over|under)\b[^,]{0,120},\s*)?(?:he|she|they|it|we|i|you)\s/iu;

/** The clause a quantity sits in, for its line: the quoted content holding it, else its stretch between clause breaks. */
function clauseAround(doc: FactDocument, sentence: SentenceView, start: number, end: number): { start: number; end: number } {
  const piece = doc.quotePiecesIn(sentence.block, start, end).find((p) => p.span.start <= start && p.span.end >= end);
  if (piece) return { start: piece.span.start, end: piece.span.end };
  const text = doc.text(sentence.block);
  // A sentence of ordinary length is the clearest line; a long one is cut to the clause around the number.
  if (sentence.end - sentence.start <= MAX_WHOLE_SENTENCE) return { start: sentence.start, end: sentence.end };
  const before = text.slice(sentence.start, start);
  const after = text.slice(end, sentence.end);
  // A comma opening a new clause ("…, with 40 per cent of …") bounds it as a semicolon does.
  const cut = lastMatch(before, /(?:[;:—]|,(?=\s+(?:with|while|and|but|as|which|who|after|adding)\b))\s/gu);
  const stop = after.search(/[;:—]|,\s+(?:with|while|and|but|as|which|who|after|adding|according)\b|\.(?=\s|$)/u);
  return { start: cut >= 0 ? sentence.start + cut : sentence.start, end: stop >= 0 ? end + stop : sentence.end };
}

/** The offset just after the last match of `pattern` (global) in `text`, or -1. */
function lastMatch(text: string, pattern: RegExp): number {
  let found = -1;
  for (const match of text.matchAll(pattern)) found = (match.index ?? 0) + match[0].length;
  return found;
}
