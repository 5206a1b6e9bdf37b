// What the story states as fact: statements (from quotes), events, relations and quantities, each with its source.
import type { Fact } from '../../analysis';
import { FactDocument, type FactInput } from './document';
import { eventsIn, type DraftFact } from './events';
import { quantitiesIn } from './quantities';
import { relationsIn } from './relations';
import { roleRelations } from './roles';
import { statementOf, type Statement } from './statements';
import { SubjectTracker, headMentions } from './subjects';
import { Frames } from './when-where';
import { isPromotion } from '../quotes/not-speakers';

export type { FactInput, FactQuote } from './document';

/** Facts returned at most: a bound on pages made of lists and tables. */
export const MAX_FACTS = 2_000;
const KIND_ORDER: Record<Fact['kind'], number> = { statement: 0, event: 1, relation: 2, quantity: 3 };

/**
 * The facts of an article in reading order, ids "f1", "f2", …. Reads the quote layer's output for statements and
 * attributions, entity mentions for subjects and objects, and time mentions for when. Pure and total: any input
 * gives (possibly no) facts and never throws; work is bounded by the read budget of FactDocument.
 */
export function extractFacts(input: FactInput): Fact[] {
  try {
    return collect(new FactDocument(input));
  } catch {
    // A fact layer that fails must not take the Analysis down with it.
    return [];
  }
}

function collect(doc: FactDocument): Fact[] {
  const drafts: DraftFact[] = [];
  const statements = doc.quotes.map((quote) => statementOf(doc, quote)).filter((s): s is Statement => s !== null);
  // "… say “reliable” describes the mayor better, while about 3 in 10 say it describes her rival better": the second
  // statement is already in the first one's line, where its "it" still means something.
  for (const statement of statements) if (!insideAnother(statement, statements)) drafts.push(statement.fact);
  const tracker = new SubjectTracker();
  const frames = new Frames();
  for (const block of doc.readBlocks) {
    for (const sentence of doc.sentences(block)) {
      if (drafts.length >= MAX_FACTS) break;
      // Speakers and the opening name of a sentence are what a following "he" or "it" most likely means.
      for (const statement of statements) {
        const at = statement.quote.speakerSpan ?? statement.quote.span;
        if (at.block !== block || at.start < sentence.start || at.start >= sentence.end) continue;
        const speaker = statement.quote.speaker ? doc.entityById.get(statement.quote.speaker) ?? null : null;
        tracker.note(speaker, block);
        frames.note(speaker?.id ?? null, statement.setting);
      }
      // The page's own promotion ("Sign up to get it in your inbox") is no part of the story.
      if (isPromotion(doc.text(block).slice(sentence.start, sentence.end))) continue;
      drafts.push(...eventsIn({ doc, tracker, frames }, sentence), ...relationsIn(doc, sentence), ...quantitiesIn(doc, sentence));
      // After the sentence's own events: its pronouns point back, but the next sentence's may mean its opening name.
      const opening = sentence.tokens[Math.min(sentence.tokens.length - 1, 4)];
      const named = opening ? headMentions(doc, sentence, doc.mentionsIn(block, sentence.start, opening.end))[0] : undefined;
      if (named) tracker.note(named.entity, block);
    }
  }
  // A role the entity layer read is stated once: not again when a sentence already said it ("X is Y's minister").
  const stated = new Set(drafts.filter((f) => f.kind === 'relation' && f.predicate === 'is').map((f) => f.subject));
  drafts.push(...roleRelations(doc).filter((f) => !stated.has(f.subject)));
  return number(dedupe(drafts).slice(0, MAX_FACTS));
}

function insideAnother(statement: Statement, statements: readonly Statement[]): boolean {
  const span = statement.quote.span;
  return statements.some((other) => other !== statement && other.quote.span.block === span.block && other.quote.span.start <= span.start
    && other.quote.span.end >= span.end && (other.quote.span.start < span.start || other.quote.span.end > span.end));
}

/**
 * Each fact once, and no quantity line that a statement already says (its reported words, "According to X, …"):
 * the number is the speaker's and the statement line carries it. (An event's line is its own, rebuilt with its
 * subject and dates.)
 */
function dedupe(drafts: readonly DraftFact[]): DraftFact[] {
  const seen = new Set<string>();
  const said = drafts.filter((f) => f.kind === 'statement').map((f) => comparable(f.text));
  return drafts.filter((fact) => {
    if (fact.kind === 'quantity') {
      const own = comparable(fact.text);
      if (said.some((line) => line.includes(own))) return false;
    }
    const key = `${fact.kind}|${fact.subject}|${fact.predicate}|${fact.objects.join(',')}|${fact.text}|${fact.evidence.block}:${fact.evidence.start}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A line as compared for repeats: letters and digits only, lower case. */
function comparable(line: string): string {
  return line.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function number(drafts: DraftFact[]): Fact[] {
  return drafts
    .map((fact, order) => ({ fact, order }))
    .sort((a, b) => a.fact.evidence.block - b.fact.evidence.block || a.fact.evidence.start - b.fact.evidence.start
      || KIND_ORDER[a.fact.kind] - KIND_ORDER[b.fact.kind] || a.order - b.order)
    .map(({ fact }, index) => ({ id: `f${index + 1}`, ...fact }));
}
