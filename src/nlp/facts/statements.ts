// Statements: one fact per quote, "Sun Weidong said China supports Russia assuming the BRICS presidency this year."
import type { Span } from '../../analysis';
import { quoteAttribution } from './attribution';
import type { FactDocument, FactQuote } from './document';
import type { DraftFact } from './events';
import { cuePredicate } from './lexicon';
import { asLine, clip } from './text';
import { placeOf, whenOf, type Setting } from './when-where';

/** Words between a cue and its content kept in the line: "told reporters", "said in a statement", "calls for". */
const MAX_BRIDGE_WORDS = 5;

export interface Statement { fact: DraftFact; quote: FactQuote; setting: Setting }

export function statementOf(doc: FactDocument, quote: FactQuote): Statement | null {
  const block = quote.span.block;
  const text = doc.text(block);
  if (!text || quote.span.end > text.length) return null;
  const particle = bridge(text, quote);
  // "calls for closer coordination": the preposition belongs to the predicate.
  const predicate = /^ (?:for|on|to)$/u.test(particle) ? `${cuePredicate(quote.cue)}${particle}` : cuePredicate(quote.cue);
  const rest = predicate.endsWith(particle) ? '' : particle;
  const speaker = quote.speaker ? doc.entityById.get(quote.speaker) ?? null : null;
  // A statement nobody is named for ("X is expected to …", "X appears to …") or whose speaker words are a relative
  // pronoun with nothing to point back to ("whose feud threatened …") says nothing about who said it: no fact line.
  const who = speaker?.name ?? tidySpeaker(quote.speakerText, predicate === 'according to');
  if (!who || (!speaker && /^(?:whose|which|who|that|what)\b/iu.test(who))) return null;
  // "All said …", "Some said …": a quantifier with no one named before it in the line.
  if (!speaker && /^(?:all|both|some|many|most|others|few|several|each)$/iu.test(who)) return null;
  // "… could not determine if the crew knew …": a condition or an open question, not a statement someone made.
  if (openQuestion(doc, quote)) return null;
  const content = quote.kind === 'direct' ? `"${directText(doc, quote)}"` : lowerFirst(doc, quote).replace(LEADING_CONJUNCTION, '');
  let line: string;
  if (predicate === 'according to') line = `According to ${who}, ${lowerFirst(doc, quote)}`;
  else if (quote.kind === 'direct') line = `${who} ${predicate}${rest}: ${content}`;
  else line = `${who} ${predicate}${rest} ${content}`;
  const evidence = evidenceOf(doc, quote);
  const setting = settingOf(doc, quote, evidence);
  const objects = [...new Set((quote.spans?.length ? quote.spans : [quote.span]).flatMap((s) => doc.mentionsIn(s.block, s.start, s.end).map((m) => m.entity.id)))]
    .filter((id) => id !== quote.speaker);
  const attribution = quoteAttribution(doc, quote);
  const fact: DraftFact = {
    kind: 'statement',
    text: asLine(clip(line)),
    subject: speaker?.id ?? null,
    predicate,
    objects,
    when: setting.when,
    where: setting.where,
    attribution,
    evidence,
    confidence: speaker ? (quote.speakerText && /^(?:he|she|they|it)$/iu.test(quote.speakerText) ? 0.8 : 0.9) : quote.anonymous ? 0.75 : quote.speakerText ? 0.65 : 0.4,
  };
  return { fact, quote, setting };
}

function openQuestion(doc: FactDocument, quote: FactQuote): boolean {
  const at = quote.speakerSpan;
  if (!at || at.block !== quote.span.block || at.start > quote.span.start) return false;
  return /\b(?:if|whether|unless)\s+$/iu.test(doc.text(at.block).slice(Math.max(0, at.start - 10), at.start));
}

/** A direct quote's words, its pieces (split around the cue or over paragraphs) joined with an ellipsis. */
function directText(doc: FactDocument, quote: FactQuote): string {
  if (!quote.spans || quote.spans.length < 2) return stripMarks(quote.text);
  return quote.spans.map((s) => stripMarks(doc.text(s.block).slice(s.start, s.end))).filter(Boolean).join(' … ') || stripMarks(quote.text);
}

function stripMarks(words: string): string {
  return words.replace(/^\s*(?:''|["“„«‟])/u, '').replace(/(?:''|["”»“])?\s*$/u, '').replace(/,$/u, '').trim();
}

/** Words capitalised only for opening a sentence: "The stoppage", "Thousands of", not "Israeli strikes". */
const SENTENCE_OPENERS = /^(?:the|a|an|it|its|this|that|these|those|they|their|he|his|she|her|we|our|you|your|there|both|all|some|many|most|no|none|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|millions|every|each|any|more|less|fewer|several|such|if|when|while|after|before|since|as|however|meanwhile|still|instead|also|yet|now|then|even|just|only)\b/iu;

/** Reported speech after "said": "Thousands of dockworkers …" → "thousands of …", but names keep their capital. */
function lowerFirst(doc: FactDocument, quote: FactQuote): string {
  const words = quote.text;
  const startsWithName = doc.mentionsIn(quote.span.block, quote.span.start, quote.span.end).some((m) => m.span.start === quote.span.start);
  if (startsWithName || !(SENTENCE_OPENERS.test(words) || writtenLowerElsewhere(doc, words) || commonNounOpening(words))) return words;
  return words.charAt(0).toLowerCase() + words.slice(1);
}

/** "Advisory opinions carry …": a capitalised word before a lower-case one, where no name starts, is a common noun. */
function commonNounOpening(words: string): boolean {
  // "Israeli tank", "Chinese ships", "British voters": a people's adjective keeps its capital.
  return /^\p{Lu}\p{Ll}+\s+\p{Ll}/u.test(words) && !/^\p{Lu}\p{Ll}*(?:an|ese|ish|i|ch)\s/u.test(words);
}

/** "Just over 30 seconds later, …": a first word the page also writes in lower case is capitalised only for the sentence. */
function writtenLowerElsewhere(doc: FactDocument, words: string): boolean {
  const first = /^\p{Lu}\p{Ll}+(?=[\s,])/u.exec(words)?.[0];
  return first !== undefined && doc.writesLower(first.toLowerCase());
}

/** "But now the real work starts, Ferris said." → "Ferris said now the real work starts". */
const LEADING_CONJUNCTION = /^(?:but|and|yet)\s+(?=\S)/iu;

/**
 * "The port operator" → "The port operator"; trims a trailing comma and spaces. After "According to" a common noun
 * stays lower case ("According to the media tracking firm AdImpact").
 */
function tidySpeaker(text: string | null | undefined, midSentence = false): string | null {
  const tidy = (text ?? '').replace(/[\s,]+$/u, '').trim();
  if (!tidy) return null;
  if (midSentence) return /^(?:the|a|an|her|his|their|its|our|this|that|these|those|one|some)\s/iu.test(tidy) ? tidy.charAt(0).toLowerCase() + tidy.slice(1) : tidy;
  return tidy.charAt(0).toUpperCase() + tidy.slice(1);
}

/** The words between the cue and content that belong to the cue ("reporters", "in a statement", "for"), not "that". */
function bridge(text: string, quote: FactQuote): string {
  const cue = quote.cueSpan;
  if (!cue || cue.block !== quote.span.block) return '';
  if (cue.end > quote.span.start) return trailing(text, quote, cue);
  const between = text.slice(cue.end, quote.span.start).replace(/\bthat\s*$/iu, '').replace(/[\s,:;"“]+$/u, '').trim();
  if (!between || between.split(/\s+/u).length > MAX_BRIDGE_WORDS || /["“”]/u.test(between)) return '';
  return ` ${between}`;
}

/** After a cue that follows the quote: `"…," Stam told reporters outside the terminal.` (not the inverted speaker). */
function trailing(text: string, quote: FactQuote, cue: Span): string {
  const speaker = quote.speakerSpan;
  const from = speaker && speaker.block === cue.block && speaker.start >= cue.end ? speaker.end : cue.end;
  const nextPiece = (quote.spans ?? []).find((p) => p.block === cue.block && p.start >= from);
  const rest = text.slice(from, nextPiece ? nextPiece.start : text.length);
  // `said James Blair, the campaign's political director`: an appositive describes the speaker, not the saying.
  if (from !== cue.end && /^\s*,/u.test(rest)) return '';
  const words = rest.split(/[.!?;:"“”]/u)[0]?.replace(/^[\s,]+|[\s,]+$/gu, '') ?? '';
  if (!words || words.split(/\s+/u).length > MAX_BRIDGE_WORDS || !/^\p{Ll}/u.test(words)) return '';
  return ` ${words}`;
}

/** The sentence(s) of the quote's first block that hold its content, speaker and cue. */
function evidenceOf(doc: FactDocument, quote: FactQuote): Span {
  const block = quote.span.block;
  const parts = [quote.span, quote.speakerSpan, quote.cueSpan].filter((s): s is Span => !!s && s.block === block);
  let start = Math.min(...parts.map((s) => s.start));
  let end = Math.max(...parts.map((s) => s.end));
  const first = doc.sentenceAt(block, start);
  const last = doc.sentenceAt(block, Math.max(start, end - 1));
  if (first && first.start <= start) start = first.start;
  if (last && last.end >= end) end = last.end;
  return { block, start, end: Math.min(end, doc.text(block).length) };
}

/** When and where the statement was made: a time or "in <place>" of its sentence outside the quoted content. */
function settingOf(doc: FactDocument, quote: FactQuote, evidence: Span): Setting {
  const pieces = quote.spans?.length ? quote.spans : [quote.span];
  const outside = (s: Span) => !pieces.some((p) => p.block === s.block && p.start < s.end && p.end > s.start);
  // Only the words at the cue say when and where it was said ("said in Moscow", "warned on Tuesday that"), not a
  // relative clause about the speaker before it.
  const cue = quote.cueSpan;
  if (!cue || cue.block !== evidence.block) return { when: null, where: null };
  const nextPiece = pieces.find((p) => p.block === cue.block && p.start >= cue.end);
  const from = cue.start;
  const to = nextPiece ? nextPiece.start : evidence.end;
  const times = doc.timesIn(evidence.block, from, to).filter((t) => outside(t.span));
  const mentions = doc.mentionsIn(evidence.block, from, to).filter((m) => outside(m.span));
  return { when: whenOf(doc, evidence.block, times), where: placeOf(doc, evidence.block, mentions, false)?.entity.id ?? null };
}
