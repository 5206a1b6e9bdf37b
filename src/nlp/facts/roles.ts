// Roles as relations: "Sun Weidong is Vice Foreign Minister of China", "Rishi Sunak is Britain's prime minister".
import type { Entity, Span } from '../../analysis';
import { documentAttribution, factAttribution } from './attribution';
import type { FactDocument, SentenceView } from './document';
import type { DraftFact } from './events';
import { asLine } from './text';

/** Head words of a role: "prime minister", "chief executive", "head coach". */
const ROLE_HEAD = String.raw`(?:minister|president|vice[- ]president|leader|chief|head|spokes(?:man|woman|person)|ambassador|envoy|secretary|chancellor|governor|mayor|king|queen|premier|commander|director|chairman|chairwoman|chair|executive|ceo|founder|coach|captain|editor|general|prosecutor|judge|speaker|representative|senator|member|adviser|advisor|officer|manager|owner|partner|counterpart)`;
const COPULA = new RegExp(String.raw`^\s+(?:is|was|has been|had been|became|becomes|remains)\s+(?:also\s+|now\s+)?(?:the\s+|a\s+|an\s+)?`, 'iu');
const POSSESSED_ROLE = new RegExp(String.raw`^['’]s?\s+((?:[\p{L}-]+\s+){0,3}${ROLE_HEAD})\b`, 'iu');
const ROLE_OF = new RegExp(String.raw`^((?:[\p{L}-]+\s+){0,3}${ROLE_HEAD})\s+(?:of|for|at)\s+(?:the\s+)?$`, 'iu');

/** "Rishi Sunak is Britain's prime minister", "Lavrov was foreign minister of Russia": a stated role. */
export function copulaRolesIn(doc: FactDocument, sentence: SentenceView): DraftFact[] {
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
        kind: 'relation', text: asLine(roleLine(person.entity.name, role.trim(), owner.entity.name)), subject: person.entity.id, predicate: 'is',
        objects: [owner.entity.id], when: null, where: null, attribution: factAttribution(doc, evidence, sentence), evidence, confidence: 0.85,
      });
      return;
    }
  });
  return facts;
}

/** Titles written short before a name ("Sen. Lindsey Graham", "Lt. Gen. Mick Bednarek"), spelled out for a line. */
const ABBREVIATED_TITLES: Record<string, string> = {
  'sen.': 'Senator', 'rep.': 'Representative', 'gov.': 'Governor', 'lt. gov.': 'Lieutenant Governor', 'gen.': 'General',
  'lt. gen.': 'Lieutenant General', 'maj. gen.': 'Major General', 'brig. gen.': 'Brigadier General', 'lt.': 'Lieutenant',
  'col.': 'Colonel', 'lt. col.': 'Lieutenant Colonel', 'maj.': 'Major', 'capt.': 'Captain', 'sgt.': 'Sergeant',
  'adm.': 'Admiral', 'cmdr.': 'Commander', 'pres.': 'President', 'atty. gen.': 'Attorney General', 'sec.': 'Secretary',
  'supt.': 'Superintendent', 'insp.': 'Inspector', 'prof.': 'Professor', 'amb.': 'Ambassador', 'det.': 'Detective',
  'cpl.': 'Corporal', 'pvt.': 'Private', 'gov. gen.': 'Governor General', 'assemb.': 'Assemblymember',
};
/** Members of a legislature sit for a place: "a senator from South Carolina", not "Senator of South Carolina". */
const SITS_FOR = /^(?:senator|representative|assemblymember|congressman|congresswoman|mp|mep|mla)$/iu;

/**
 * The line for a role: "Sun Weidong is Vice Foreign Minister of China", "Brian Kemp is Governor of Georgia",
 * "Lindsey Graham is a senator from South Carolina" (abbreviated titles spelled out).
 */
export function roleLine(name: string, role: string, owner: string | null): string {
  const spelled = role.split(/\s+/u).length <= 3 ? ABBREVIATED_TITLES[role.toLowerCase().replace(/\s+/gu, ' ')] ?? role : role;
  // "U.S. Sen. George Mitchell" sat for the country's congress, not for a state: "a United States senator".
  if (owner && SITS_FOR.test(spelled) && /^(?:the\s+)?(?:United States(?: of America)?|U\.?S\.?A?\.?|America)$/iu.test(owner)) return `${name} is a United States ${spelled.toLowerCase()}`;
  if (owner && SITS_FOR.test(spelled)) return `${name} is a ${spelled.toLowerCase()} from ${owner}`;
  if (!owner && SITS_FOR.test(spelled)) return `${name} is a ${spelled.toLowerCase()}`;
  return owner ? `${name} is ${spelled} of ${owner}` : `${name} is ${spelled}`;
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
    const line = roleLine(entity.name, entity.role, affiliation?.name ?? null);
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

