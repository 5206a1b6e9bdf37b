// Who does what: the subject of a verb from its phrase, a relative pronoun's antecedent, or a pronoun's last referent.
import type { Entity } from '../../analysis';
import type { Token } from '../tokenize';
import type { SubjectSlot } from './clauses';
import type { FactDocument, Mention, SentenceView } from './document';

export interface Subject {
  entity: Entity | null;
  /** How a line names the subject: the entity's name, or the phrase itself ("Both China and Russia", "two villages"). */
  label: string;
  /** Found through a pronoun or a relative clause: a little less sure. */
  inferred: boolean;
  /** Where the subject is named in the sentence, when it is (a relative clause's antecedent, the subject phrase). */
  start?: number;
}

/** Pronouns are resolved to a subject no further back than this many blocks. */
const PRONOUN_REACH = 3;
/** People remembered for a pronoun that does not fit the latest one. */
const RECENT_PEOPLE = 4;
const MAX_PHRASE_WORDS = 8;

/** The people and organisations the story has most recently made subjects, for "He also met …". */
export class SubjectTracker {
  /** The people lately made subjects, the latest last: "she" may skip a "he" to the woman before him. */
  private people: { entity: Entity; block: number }[] = [];
  private group: { entity: Entity; block: number } | null = null;

  note(entity: Entity | null, block: number): void {
    if (entity?.type === 'person') this.people = [...this.people.filter((p) => p.entity.id !== entity.id), { entity, block }].slice(-RECENT_PEOPLE);
    else if (entity && (entity.type === 'organization' || entity.type === 'place')) this.group = { entity, block };
  }

  /** The latest subject `word` can stand for; a person must also `fit` (not someone the page calls by the other pronoun). */
  resolve(word: string, block: number, fits: (e: Entity) => boolean = () => true, plainly: (e: Entity) => boolean = () => false): Entity | null {
    if (word !== 'he' && word !== 'she') return this.group && block - this.group.block <= PRONOUN_REACH ? this.group.entity : null;
    const latest = this.people[this.people.length - 1];
    if (!latest || block - latest.block > PRONOUN_REACH) return null;
    if (fits(latest.entity)) return latest.entity;
    // Only a person the page plainly calls so is taken past the latest one.
    const earlier = [...this.people].reverse().find((p) => block - p.block <= PRONOUN_REACH && plainly(p.entity) && p !== latest);
    return earlier?.entity ?? null;
  }
}

/** A mention counts as a subject unless it is a possessor ("Sun's talks") or only qualifies the next name. */
export function headMentions(doc: FactDocument, sentence: SentenceView, mentions: readonly Mention[]): Mention[] {
  const text = doc.text(sentence.block);
  return mentions.filter((m, k) => {
    const after = text.slice(m.span.end, m.span.end + 2);
    if (/^['’]s?/u.test(after)) return false;
    const next = mentions[k + 1];
    return !(next && /^\s*$/u.test(text.slice(m.span.end, next.span.start)));
  });
}

/** The subject of a verb in `sentence` given what stands before it. */
export function resolveSubject(
  doc: FactDocument, sentence: SentenceView, slot: SubjectSlot, tracker: SubjectTracker, previous: Subject | null,
): Subject | null {
  const tokens = sentence.tokens;
  switch (slot.kind) {
    case 'relative': {
      // "Sun Weidong, who was in Moscow": the mention ending just before ", who".
      const at = (tokens[slot.before] as Token).start;
      const before = doc.mentionsIn(sentence.block, sentence.start, at);
      const text = doc.text(sentence.block);
      const antecedent = [...before].reverse().find((m) => /^\s*,?\s*$/u.test(text.slice(m.span.end, at)));
      return antecedent ? { entity: antecedent.entity, label: antecedent.entity.name, inferred: true, start: antecedent.span.start } : null;
    }
    case 'coordinated':
      return previous;
    case 'pronoun': {
      // "Ortega was the face of reform when she won": a person who opens the same sentence comes before the story's last one.
      const pronoun0 = tokens[slot.at];
      const personal = slot.word === 'he' || slot.word === 'she';
      // "she" is not a man the page calls "he" (and the other way round).
      const fits = (e: Entity) => !personal || doc.pronounOf(e) !== (slot.word === 'he' ? 'she' : 'he');
      const opening = personal
        ? headMentions(doc, sentence, doc.mentionsIn(sentence.block, sentence.start, pronoun0?.start ?? sentence.start)).find((m) => m.entity.type === 'person' && fits(m.entity))
        : undefined;
      const entity = opening?.entity ?? tracker.resolve(slot.word, sentence.block, fits, (e) => doc.pronounOf(e) === slot.word);
      const pronoun = tokens[slot.at];
      return entity ? { entity, label: entity.name, inferred: true, start: pronoun?.start ?? sentence.start } : null;
    }
    case 'phrase': {
      const first = tokens[slot.first] as Token;
      const last = tokens[slot.last] as Token;
      const mentions = headMentions(doc, sentence, doc.mentionsIn(sentence.block, first.start, last.end));
      const words = tokens.slice(slot.first, slot.last + 1).filter((t) => t.kind === 'word' || t.kind === 'number');
      const phrase = doc.text(sentence.block).slice(first.start, last.end);
      // "Floods in northern Kenya", "the leader of Hamas": the name is not the head of the phrase.
      const headless = mentions.length > 0 && /\b(?:in|of|at|from|on|near|for|with|across|outside|inside)\s/iu.test(doc.text(sentence.block).slice(first.start, (mentions[0] as Mention).span.start));
      if (headless) return words.length <= MAX_PHRASE_WORDS ? { entity: null, label: phrase, inferred: false, start: first.start } : null;
      if (mentions.length === 1) {
        const only = mentions[0] as Mention;
        // "Russian Foreign Minister Sergey Lavrov" is Lavrov; "The BRICS bloc of developing nations" is BRICS.
        return { entity: only.entity, label: only.entity.name, inferred: false, start: first.start };
      }
      if (mentions.length > 1) return { entity: (mentions[0] as Mention).entity, label: phrase, inferred: false, start: first.start };
      if (words.length === 0 || words.length > MAX_PHRASE_WORDS) return null;
      return { entity: null, label: phrase, inferred: false, start: first.start };
    }
    default:
      return null;
  }
}
