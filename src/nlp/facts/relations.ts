// Relations: "BRICS includes China, Brazil, …", "SCO established by China and Russia in 2001", "Sun is Vice Foreign Minister of China".
import type { Entity, Span } from '../../analysis';
import { documentAttribution, factAttribution } from './attribution';
import type { FactDocument, Mention, SentenceView } from './document';
import type { DraftFact } from './events';
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

/** Head words of a role: "prime minister", "chief executive", "head coach". */
const ROLE_HEAD = String.raw`(?:minister|president|vice[- ]president|leader|chief|head|spokes(?:man|woman|person)|ambassador|envoy|secretary|chancellor|governor|mayor|king|queen|premier|commander|director|chairman|chairwoman|chair|executive|ceo|founder|coach|captain|editor|general|prosecutor|judge|speaker|representative|senator|member|adviser|advisor|officer|manager|owner|partner|counterpart)`;
const COPULA = new RegExp(String.raw`^\s+(?:is|was|has been|had been|became|becomes|remains)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?`, 'iu');
const POSSESSED_ROLE = new RegExp(String.raw`^['’]s?\s+((?:[\p{L}-]+\s+){0,3}${ROLE_HEAD})\b`, 'iu');
const ROLE_OF = new RegExp(String.raw`^((?:[\p{L}-]+\s+){0,3}${ROLE_HEAD})\s+(?:of|for|at)\s+(?:the\s+)?$`, 'iu');

/** "Rishi Sunak is Britain's prime minister", "Lavrov was foreign minister of Russia": a stated role. */
function copulaRolesIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
  const text = doc.text(sentence.block);
  const mentions = doc.mentionsIn(sentence.block, sentence.start, sentence.end);
  const facts: DraftFact[] = [];
  mentions.forEach((person, k) => {
    if (person.entity.type !== 'person') return;
    const copula = COPULA.exec(text.slice(person.span.end, sentence.end));
    if (!copula) return;
    const after = person.span.end + copula[0].length;
    for (const owner of mentions.slice(k + 1, k + 3)) {
      if (owner.entity.type === 'person') continue;
      let role: string | null = null;
      if (owner.span.start === after) role = POSSESSED_ROLE.exec(text.slice(owner.span.end, sentence.end))?.[1] ?? null;
      else role = ROLE_OF.exec(text.slice(after, owner.span.start))?.[1] ?? null;
      if (!role) continue;
      const evidence = { block: sentence.block, start: person.span.start, end: Math.min(sentence.end, Math.max(owner.span.end, after + role.length + (owner.span.end - owner.span.start) + 3)) };
      facts.push({
        kind: 'relation', text: asLine(`${person.entity.name} is ${role.trim()} of ${owner.entity.name}`), subject: person.entity.id, predicate: 'is',
        objects: [owner.entity.id], when: null, where: null, attribution: factAttribution(doc, evidence, sentence), evidence, confidence: 0.85,
      });
      return;
    }
  });
  return facts;
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

/**
 * "Sun Weidong is Vice Foreign Minister of China": a person's role and affiliation as the entity layer read them
 * (from "China's Vice Foreign Minister Sun Weidong"), with the mention that states it as evidence.
 */
export function roleRelations(doc: FactDocument): DraftFact[] {
  const facts: DraftFact[] = [];
  for (const entity of doc.entityById.values()) {
    if (entity.type !== 'person' || !entity.role) continue;
    const affiliation = entity.affiliation ? doc.entityById.get(entity.affiliation) ?? null : null;
    if (!affiliation && !/^\p{Lu}/u.test(entity.role)) continue;
    const evidence = roleEvidence(doc, entity);
    if (!evidence) continue;
    const sentence = doc.sentenceAt(evidence.block, evidence.start) ?? { start: evidence.start, end: evidence.end };
    const line = affiliation ? `${entity.name} is ${entity.role} of ${affiliation.name}` : `${entity.name} is ${entity.role}`;
    const attribution = doc.readBlocks.includes(evidence.block) ? factAttribution(doc, evidence, sentence) : documentAttribution(doc);
    facts.push({
      kind: 'relation', text: asLine(line), subject: entity.id, predicate: 'is', objects: affiliation ? [affiliation.id] : [],
      when: null, where: null, attribution, evidence, confidence: affiliation ? 0.85 : 0.7,
    });
  }
  return facts;
}

/** The first mention with the role written just before it ("Vice Foreign Minister Sun Weidong"): role to name. */
function roleEvidence(doc: FactDocument, entity: Entity): Span | null {
  const role = (entity.role ?? '').toLowerCase();
  const mentions = [...entity.mentions].sort((a, b) => a.block - b.block || a.start - b.start);
  for (const mention of mentions) {
    const text = doc.text(mention.block);
    if (mention.end > text.length) continue;
    const from = Math.max(0, mention.start - role.length - 40);
    const at = text.slice(from, mention.start).toLowerCase().lastIndexOf(role);
    if (at >= 0) {
      // "China's Vice Foreign Minister Sun Weidong": take the owner's name in too.
      const start = from + at;
      const owner = /(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*['’]s\s+|\p{Lu}\p{Ll}+\s+)$/u.exec(text.slice(Math.max(0, start - 40), start));
      return { block: mention.block, start: owner ? start - owner[0].length : start, end: mention.end };
    }
  }
  // "Sergey Lavrov, Russia's foreign minister,": the role written after the name.
  for (const mention of mentions) {
    const text = doc.text(mention.block);
    if (mention.end > text.length) continue;
    const at = text.slice(mention.end, mention.end + role.length + 40).toLowerCase().indexOf(role);
    if (at >= 0 && /^\s*,/u.test(text.slice(mention.end))) return { block: mention.block, start: mention.start, end: mention.end + at + role.length };
  }
  const first = mentions[0];
  return first && first.end <= doc.text(first.block).length ? { ...first } : null;
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
