// Relations: "BRICS includes China, Brazil, …", "SCO established by China and Russia in 2001", and roles (roles.ts).
import type { Entity, Span } from '../../analysis';
import { factAttribution } from './attribution';
import type { FactDocument, Mention, SentenceView } from './document';
import type { DraftFact } from './events';
import { copulaRolesIn } from './roles';
import { headMentions } from './subjects';
import { asLine, formatWhen, joinNames, prepositionFor } from './text';
import { whenOf } from './when-where';

const INCLUDES = /\b(includes|included|include|comprises|comprised|comprise|consists of|is made up of|are made up of|groups|brings together)\b/giu;
/** After the owner's name in "The BRICS bloc of developing nations includes": words naming what kind of group it is. */
const GROUP_TAIL = /^(?:\s+(?:bloc|alliance|group|grouping|coalition|union|organi[sz]ation|club|league|federation|committee|council|team|partnership|consortium|association))?(?:\s+of\s+[\p{L}\s-]+)?\s*$/u;
const APPOSITIVE_TAIL = /^\s*,[^;:]{1,160},\s*$/u;
const FOUNDED = /\b(?:was\s+|were\s+|is\s+)?(established|founded|formed|created|set up|co-founded)\b(?=[^.;]{0,60}?\bby\b)/giu;
const LIST_END = /[.;:!?]|,\s+(?:which|who|where|while|but|and\s+(?:the|a|is|was|has|had|will|plans))\b|\s+(?:in|on|at|since|for|after|to|with)\s+(?!\p{Lu})/u;

/** "X includes A, B and C" and "X, … established by Y and Z in 2001" in one sentence. */
export function relationsIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
  return [...includesIn(doc, sentence), ...foundedIn(doc, sentence), ...copulaRolesIn(doc, sentence)];
}


function includesIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
  const text = doc.text(sentence.block);
  const own = text.slice(sentence.start, sentence.end);
  const facts: DraftFact[] = [];
  for (const match of own.matchAll(INCLUDES)) {
    const verbStart = sentence.start + (match.index ?? 0);
    const verbEnd = verbStart + match[0].length;
    // The owner is named just before the verb ("The BRICS bloc of developing nations includes"), or before an
    // appositive between commas ("The East African Community, established by … in 2000, includes").
    const heads = headMentions(doc, sentence, doc.mentionsIn(sentence.block, sentence.start, verbStart));
    const owner = [...heads].reverse().find((m) => GROUP_TAIL.test(text.slice(m.span.end, verbStart)))
      ?? heads.find((m) => APPOSITIVE_TAIL.test(text.slice(m.span.end, verbStart)) && !/(?:,|\band)\s*$/u.test(text.slice(sentence.start, m.span.start)));
    if (!owner || owner.entity.type === 'person') continue;
    const clauseStart = owner.span.start;
    const listEnd = endOfList(text, verbEnd, sentence.end);
    const members = unique(doc.mentionsIn(sentence.block, verbEnd, listEnd).filter((m) => m.entity.id !== owner.entity.id));
    if (members.length === 0) continue;
    const verb = (match[1] as string).toLowerCase();
    const evidence = { block: sentence.block, start: Math.min(owner.span.start, clauseStart), end: sentence.end };
    facts.push(relation(doc, sentence, evidence, owner.entity, verb, members, null,
      `${owner.entity.name} ${verb} ${joinNames(members.map((m) => m.entity.name))}`));
  }
  return facts;
}

function foundedIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
  const text = doc.text(sentence.block);
  const own = text.slice(sentence.start, sentence.end);
  const facts: DraftFact[] = [];
  for (const match of own.matchAll(FOUNDED)) {
    const verbStart = sentence.start + (match.index ?? 0);
    const by = text.indexOf(' by ', verbStart);
    if (by < 0 || by >= sentence.end) continue;
    // The founded thing is the last organisation (or event, or other name) before the verb, or before the appositive
    // that describes it: "the SCO, a Eurasian … organisation established by" is the SCO, not "Eurasian".
    const appositive = lastMatchStart(text.slice(sentence.start, verbStart), /,\s+(?:a|an|the)\s/gu);
    const before = doc.mentionsIn(sentence.block, sentence.start, appositive >= 0 ? sentence.start + appositive : verbStart);
    const founded = [...before].reverse().find((m) => m.entity.type === 'organization' || m.entity.type === 'event' || m.entity.type === 'other');
    if (!founded) continue;
    const listEnd = endOfList(text, by + 4, sentence.end);
    const founders = unique(doc.mentionsIn(sentence.block, by + 4, listEnd).filter((m) => m.entity.id !== founded.entity.id));
    if (founders.length === 0) continue;
    const clauseEnd = Math.min(sentence.end, nextBreak(text, listEnd, sentence.end));
    const times = doc.timesIn(sentence.block, verbStart, clauseEnd);
    const when = whenOf(doc, sentence.block, times);
    const verb = (match[1] as string).toLowerCase();
    const whenText = when ? ` ${prepositionFor(when)} ${formatWhen(when)}` : '';
    const evidence = { block: sentence.block, start: founded.span.start, end: clauseEnd };
    facts.push(relation(doc, sentence, evidence, founded.entity, `${verb} by`, founders, when,
      `${founded.entity.name} was ${verb} by ${joinNames(founders.map((m) => m.entity.name))}${whenText}`));
  }
  return facts;
}

function relation(doc: FactDocument, sentence: SentenceView, evidence: Span, subject: Entity, predicate: string, objects: readonly Mention[], when: string | null, line: string): DraftFact {
  return {
    kind: 'relation', text: asLine(line), subject: subject.id, predicate, objects: objects.map((m) => m.entity.id),
    when, where: null, attribution: factAttribution(doc, evidence, sentence), evidence,
    confidence: Math.round(Math.min(0.95, 0.7 + 0.05 * objects.length + (when ? 0.05 : 0)) * 100) / 100,
  };
}

/** Where a list of names after a verb ends: a clause break, or a preposition with a lower-case word after it. */
function endOfList(text: string, from: number, limit: number): number {
  const found = text.slice(from, limit).search(LIST_END);
  return found < 0 ? limit : from + found;
}

function nextBreak(text: string, from: number, limit: number): number {
  const found = text.slice(from, limit).search(/[;:!?]|,\s+(?:which|who|but|and)\b|\.(?=\s|$)/u);
  return found < 0 ? limit : from + found;
}

function lastMatchStart(text: string, pattern: RegExp): number {
  let found = -1;
  for (const match of text.matchAll(pattern)) found = match.index ?? found;
  return found;
}

function unique(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.entity.id) && seen.add(m.entity.id));
}
