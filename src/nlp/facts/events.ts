// Events: "Sun met Lavrov", "Russia took over the presidency", "plans to hold the summit in Kazan in October".
import type { Fact, Span } from '../../analysis';
import type { Token } from '../tokenize';
import { factAttribution } from './attribution';
import { clauseEnd, subjectSlot, verbsIn, type SubjectSlot, type VerbHit } from './clauses';
import type { FactDocument, Mention, SentenceView } from './document';
import { MAX_SENTENCE_TOKENS } from './document';
import { resolveSubject, type Subject, type SubjectTracker } from './subjects';
import { asLine, clip, formatWhen, prepositionFor } from './text';
import { placeOf, whenOf, type Frames, type Setting } from './when-where';
import { surfaceWithDates, bridgeDefinites } from './surface';

export type DraftFact = Omit<Fact, 'id'>;

/** Verbs whose object is where the subject went: "visited Moscow", "arrived in Kyiv". */
const PLACE_OBJECT_VERBS = new Set(['visit', 'arrive', 'invade', 'leave', 'be-in']);

export interface EventContext {
  doc: FactDocument;
  tracker: SubjectTracker;
  frames: Frames;
}

/** The events of one sentence, in order; notes their subjects and settings for the sentences after. */
export function eventsIn(context: EventContext, sentence: SentenceView): DraftFact[] {
  const { doc, tracker, frames } = context;
  if (sentence.tokens.length > MAX_SENTENCE_TOKENS) return [];
  const tokens = sentence.tokens;
  const hits = verbsIn(tokens);
  const facts: DraftFact[] = [];
  let previous: Subject | null = null;
  hits.forEach((hit, k) => {
    const verbToken = tokens[hit.verb] as Token;
    // A speech verb that is a quote's cue ("announced that …") is a statement, not an event.
    if (doc.quotes.some((q) => q.cueSpan && q.cueSpan.block === sentence.block && q.cueSpan.start <= verbToken.start && q.cueSpan.end >= verbToken.end)) return;
    const slot = subjectSlot(tokens, hit);
    // "… if she wins", "… that Russia attacked": a condition or a reported clause is not an event of the story.
    if (inSubordinateClause(tokens, slot)) return;
    const subject = firstPerson(doc, sentence, resolveSubject(doc, sentence, slot, tracker, previous), verbToken);
    if (!subject || !realSubject(subject)) return;
    if (hit.form !== 'be-in' && hit.form.ambiguous && (!subject.entity || !namedHead(doc, sentence, subject, hit))) return;
    previous = subject;
    const found = eventFact(context, sentence, hit, hits[k + 1], subject);
    if (!found) return;
    facts.push(found.fact);
    tracker.note(subject.entity, sentence.block);
    // Only what the event states itself becomes the subject's frame, not what it carried over.
    frames.note(subject.entity?.id ?? null, found.own);
  });
  return facts;
}

/** Words before a subject that make its clause a condition: "if she wins", "whether Russia attacks". (A reported "that" clause is the quote's: its events keep their speaker.) */
const SUBORDINATORS = new Set(['if', 'unless', 'whether', 'lest']);
/** Subject phrases that are no one: a relative or question word ("whose feud", "what"), a negation ("Neither side"). */
const NOT_A_SUBJECT = /^(?:whose|which|what|whatever|who|whom|neither|nor|nobody|none|no\s+one|no)\b/iu;

function inSubordinateClause(tokens: readonly Token[], slot: SubjectSlot): boolean {
  const before = slot.kind === 'pronoun' ? slot.at - 1 : slot.kind === 'phrase' ? slot.first - 1 : -1;
  const word = tokens[before]?.text.toLowerCase() ?? '';
  return SUBORDINATORS.has(word);
}

function realSubject(subject: Subject): boolean {
  if (subject.entity) return true;
  const label = subject.label.trim();
  // "…, making her the first woman elected to the council": a participle phrase, with a participle after it.
  if (/^\p{Ll}+(?:ing|ed)\b/u.test(label)) return false;
  // "They have four games left": a pronoun with words after it is the subject of another verb.
  if (/^(?:he|she|they|it|we|i|you)\s/iu.test(label)) return false;
  return !NOT_A_SUBJECT.test(label) && /\p{L}/u.test(label);
}

/**
 * "Russia attacks …" but not "each award single Electoral College votes": a verb that is as often a plural noun
 * needs a subject phrase of names (and "the") only.
 */
function namedHead(doc: FactDocument, sentence: SentenceView, subject: Subject, hit: VerbHit): boolean {
  if (subject.start === undefined) return true;
  const group = sentence.tokens[hit.groupStart] as Token;
  const words = doc.text(sentence.block).slice(subject.start, group.start).match(/[\p{L}’'-]+/gu) ?? [];
  // A pronoun before the verb makes it one: "it releases forecasts".
  return words.every((w) => /^\p{Lu}/u.test(w) || /^(?:the|of|and|for|on|in|de|la|le|du|des|van|von|der|it|he|she|they)$/u.test(w));
}

/** "I took over Washington" inside a quote: "I" is its speaker. */
function firstPerson(doc: FactDocument, sentence: SentenceView, subject: Subject | null, verb: Token): Subject | null {
  if (!subject || subject.entity || subject.label !== 'I') return subject;
  const quote = doc.quoteHolding(sentence.block, verb.start, verb.end);
  const speaker = quote?.speaker ? doc.entityById.get(quote.speaker) : undefined;
  return speaker?.type === 'person' ? { ...subject, entity: speaker, label: speaker.name, inferred: true } : subject;
}

function eventFact(context: EventContext, sentence: SentenceView, hit: VerbHit, next: VerbHit | undefined, subject: Subject): { fact: DraftFact; own: Setting } | null {
  const { doc, frames } = context;
  const tokens = sentence.tokens;
  const block = sentence.block;
  const text = doc.text(block);
  const verbToken = tokens[hit.verb] as Token;
  // The clause stays on its side of quoted content: inside it when the verb is quoted, before it when not.
  const piece = doc.quotePiecesIn(block, verbToken.start, verbToken.end)[0];
  const laterPiece = doc.quotePiecesIn(block, verbToken.end, sentence.end).find((p) => p.span.start >= verbToken.end);
  const limit = piece ? piece.span.end : laterPiece ? laterPiece.span.start : sentence.end;
  const endToken = tokens[clauseEnd(tokens, hit, next, limit)] as Token;
  // "dismisses any signs that show | the mayor is behind": the clause runs on into quoted words, so cut it is no clause.
  if (!piece && laterPiece && /^\s*(?:that\s*)?$/iu.test(text.slice(endToken.end, laterPiece.span.start))) return null;
  if (DANGLING.test(text.slice(groupStartOf(tokens, hit), endToken.end))) return null;
  const groupToken = tokens[hit.groupStart] as Token;
  const after = doc.mentionsIn(block, (tokens[hit.last] as Token).end, endToken.end);
  const lemma = hit.form === 'be-in' ? 'be-in' : hit.form.lemma;
  const placeIsObject = PLACE_OBJECT_VERBS.has(lemma);
  const place = placeOf(doc, block, after, placeIsObject);
  if (hit.form === 'be-in' && !place) return null;
  if (hit.form !== 'be-in' && hit.form.needsEntityAfter && after.length === 0) return null;
  const bridged = bridgeDefinites(doc, block, (tokens[hit.last] as Token).end, endToken.end);
  const objects = objectIds([...after, ...bridged.mentions].sort((a, b) => a.span.start - b.span.start), place, placeIsObject, subject);
  const times = timesOf(doc, sentence, groupToken.start, endToken.end, subject);
  let when = whenOf(doc, block, times);
  // "Floods in northern Kenya killed …": a subject phrase with no name at its head may still say where.
  const phrasePlace = !place && !subject.entity && subject.start !== undefined && subject.start < groupToken.start
    ? placeOf(doc, block, doc.mentionsIn(block, subject.start, groupToken.start), false) : null;
  let where = (place ?? phrasePlace)?.entity.id ?? null;
  const frame = frames.of(subject.entity?.id ?? null);
  const fromFrame = { when: !when && frame.when ? frame.when : null, where: !where && frame.where ? frame.where : null };
  when ??= fromFrame.when;
  where ??= fromFrame.where;
  let line = `${subject.label} ${surfaceWithDates(doc, block, groupToken.start, endToken.end, times, bridged.replacements)}`;
  if (fromFrame.where) line += ` in ${doc.name(fromFrame.where)}`;
  const frontedWhen = when && times.some((t) => t.span.start < groupToken.start && !(subject.start !== undefined && t.span.start >= subject.start)) ? when : null;
  const appendedWhen = fromFrame.when ?? frontedWhen;
  if (appendedWhen) line += ` ${prepositionFor(appendedWhen)} ${formatWhen(appendedWhen)}`;
  const start = Math.min(groupToken.start, subject.start !== undefined && subject.start >= sentence.start ? subject.start : groupToken.start);
  const evidence: Span = { block, start: Math.max(sentence.start, start), end: Math.max(endToken.end, Math.min(sentence.end, endToken.end + 1)) };
  evidence.end = Math.min(evidence.end, text.length);
  const fact: DraftFact = {
    kind: 'event',
    text: asLine(clip(line)),
    subject: subject.entity?.id ?? null,
    predicate: hit.predicate,
    objects,
    when,
    where,
    attribution: factAttribution(doc, { block, start: verbToken.start, end: verbToken.end }, sentence),
    evidence,
    confidence: confidenceOf(subject, objects.length > 0, when !== null, where !== null, fromFrame.when !== null || fromFrame.where !== null),
  };
  return { fact, own: { when: fromFrame.when ? null : when, where: fromFrame.where ? null : where } };
}

/** A clause that stops on a word needing more after it: "… indicators that", "… plans to", "… the". */
const DANGLING = /\s(?:that|which|who|whose|the|a|an|of|to|and|or|but|if|than|with|for|by|then)$/iu;

function groupStartOf(tokens: readonly Token[], hit: VerbHit): number {
  return (tokens[hit.groupStart] as Token).start;
}

/** Fronted times ("Last year, floods … killed", "On Monday, Russia …") count for the clause after them. */
const FRONTED = /^[\s"“]*(?:(?:on|in|at|by|during|since|early|late|earlier|later)\s+)?$/iu;

/** The time mentions of a clause; a fronted one before its subject when the clause has none of its own. */
function timesOf(doc: FactDocument, sentence: SentenceView, start: number, end: number, subject: Subject) {
  const own = doc.timesIn(sentence.block, start, end);
  if (own.length > 0 || subject.start === undefined) return own;
  const text = doc.text(sentence.block);
  const fronted = doc.timesIn(sentence.block, sentence.start, subject.start)
    .filter((t) => FRONTED.test(text.slice(sentence.start, t.span.start)) && /^\s*,/u.test(text.slice(t.span.end, subject.start)));
  return fronted.slice(0, 1);
}

/** Object entities of the clause: not the place it happened in (unless the verb is about going there), not the subject. */
function objectIds(after: readonly Mention[], place: Mention | null, placeIsObject: boolean, subject: Subject): string[] {
  const ids: string[] = [];
  for (const mention of after) {
    if (mention === place && !placeIsObject) continue;
    if (mention.entity.id === subject.entity?.id || ids.includes(mention.entity.id)) continue;
    ids.push(mention.entity.id);
  }
  return ids;
}

/** More parts resolved, more confidence: a named subject, objects, a time, a place; less when carried over. */
export function confidenceOf(subject: Subject, objects: boolean, when: boolean, where: boolean, carriedOver: boolean): number {
  let score = 0.45;
  if (subject.entity) score += subject.inferred ? 0.15 : 0.2;
  if (objects) score += 0.15;
  if (when) score += 0.1;
  if (where) score += 0.1;
  if (carriedOver) score -= 0.05;
  return Math.round(Math.min(0.95, score) * 100) / 100;
}

