// Where event verbs are in a sentence, the predicate words around them, and where each verb's clause begins and ends.
import type { Token } from '../tokenize';
import {
  CLAUSE_BREAKS, CLAUSE_OPENERS_AFTER_COMMA, KEPT_BEFORE_VERB, MODALS, RELATIVE_PRONOUNS, SKIPPED_BEFORE_VERB, eventVerb,
  type VerbForm,
} from './lexicon';

/** An event verb found in a sentence; indices are into the sentence's tokens. */
export interface VerbHit {
  form: VerbForm | 'be-in';
  /** First token of the predicate ("plans" in "plans to hold"), adverbs and "has" included. */
  groupStart: number;
  verb: number;
  /** Last token of the verb (the particle of "took over"). */
  last: number;
  predicate: string;
  /** The subject is the antecedent of "who"/"which" just before the verb: the clause ends at the next comma. */
  relative: boolean;
}

/** How far back a predicate group and a subject phrase are looked for, in tokens. */
const MAX_LOOKBACK = 12;
const MAX_CLAUSE_TOKENS = 50;

/** Event verbs of a sentence in order (a verb followed by "to <event verb>" leaves the event to that one). */
export function verbsIn(tokens: readonly Token[]): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as Token;
    if (token.kind !== 'word') continue;
    const lower = token.text.toLowerCase();
    if ((lower === 'was' || lower === 'were' || lower === 'is' || lower === 'are') && tokens[i + 1]?.text.toLowerCase() === 'in') {
      hits.push(group(tokens, i, i + 1, 'be-in'));
      continue;
    }
    const form = eventVerb(token.text, afterModal(tokens, i));
    if (!form || (token.text !== lower && i > 0)) continue;
    let last = i;
    if (form.particle) {
      if (tokens[i + 1]?.text.toLowerCase() !== form.particle) continue;
      last = i + 1;
    }
    // "agreed to meet", "voted to approve": the second verb is the event.
    const next = tokens[last + 1];
    const after = tokens[last + 2];
    if (next?.text.toLowerCase() === 'to' && after && eventVerb(after.text, true)) continue;
    const hit = group(tokens, i, last, form);
    // "to sign …" with no finite verb before it belongs to another verb ("asked X to sign"); "joined by" with no
    // auxiliary is a participle describing a noun ("headlamps joined by a logo").
    if (/^to\b/u.test(hit.predicate)) continue;
    if (next?.text.toLowerCase() === 'by' && !/\b(?:is|are|was|were|be|been|being)\b/u.test(hit.predicate)) continue;
    hits.push(hit);
  }
  return hits;
}

function afterModal(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 3; j -= 1) {
    const lower = (tokens[j] as Token).text.toLowerCase();
    if (MODALS.has(lower)) return true;
    if (lower !== 'not' && lower !== 'never' && !SKIPPED_BEFORE_VERB.has(lower)) return false;
  }
  return false;
}

function group(tokens: readonly Token[], verb: number, last: number, form: VerbForm | 'be-in'): VerbHit {
  let start = verb;
  while (start > 0 && verb - start < MAX_LOOKBACK) {
    const lower = (tokens[start - 1] as Token).text.toLowerCase();
    if (!KEPT_BEFORE_VERB.has(lower) && !SKIPPED_BEFORE_VERB.has(lower)) break;
    start -= 1;
  }
  // "Both China and Russia …": "both" opens the subject, not the predicate.
  while (start < verb && /^(?:both|all|each)$/iu.test((tokens[start] as Token).text)) start += 1;
  // "had been evacuated" → "evacuated": the perfect's "been" says no more than "had" did.
  const kept = tokens.slice(start, last + 1).filter((t, k) => start + k >= verb || !(SKIPPED_BEFORE_VERB.has(t.text.toLowerCase()) || t.text.toLowerCase() === 'been'));
  const predicate = form === 'be-in' ? `${(tokens[verb] as Token).text.toLowerCase()} in` : kept.map((t) => t.text.toLowerCase()).join(' ');
  const before = tokens[start - 1]?.text.toLowerCase() ?? '';
  return { form, groupStart: start, verb, last, predicate, relative: before === 'who' || before === 'which' };
}

/** Token index where the clause after the verb ends (inclusive): a break, a comma opening a new clause, the next verb. */
export function clauseEnd(tokens: readonly Token[], hit: VerbHit, nextHit: VerbHit | undefined, limitOffset: number): number {
  let end = hit.last;
  const stop = Math.min(tokens.length - 1, hit.last + MAX_CLAUSE_TOKENS);
  for (let i = hit.last + 1; i <= stop; i += 1) {
    const token = tokens[i] as Token;
    if (token.end > limitOffset) break;
    const lower = token.text.toLowerCase();
    if (nextHit && i >= nextHit.groupStart - 1 && (lower === 'and' || i >= nextHit.groupStart)) break;
    if (CLAUSE_BREAKS.has(lower)) break;
    if (lower === ',' && (hit.relative || CLAUSE_OPENERS_AFTER_COMMA.has(tokens[i + 1]?.text.toLowerCase() ?? ''))) break;
    if (/^[.!?…]+$/u.test(token.text)) break;
    if (/^["“”«»]$/u.test(token.text)) break;
    end = i;
  }
  return end;
}

export type SubjectSlot =
  | { kind: 'relative'; before: number }
  | { kind: 'coordinated' }
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'phrase'; first: number; last: number }
  | { kind: 'none' };

/** What stands in the subject position before a verb's predicate group. */
export function subjectSlot(tokens: readonly Token[], hit: VerbHit): SubjectSlot {
  const p = hit.groupStart - 1;
  const token = tokens[p];
  if (!token) return { kind: 'none' };
  const lower = token.text.toLowerCase();
  if (lower === 'who' || lower === 'which') return { kind: 'relative', before: p };
  if (lower === 'and' || lower === 'but') return { kind: 'coordinated' };
  if (/^(?:he|she|it|they)$/u.test(lower)) return { kind: 'pronoun', word: lower, at: p };
  // "Sergey Lavrov, Russia's foreign minister, arrived": the subject is before the appositive.
  let last = p;
  if (lower === ',') {
    let open = p - 1;
    while (open > 0 && p - open < MAX_LOOKBACK && (tokens[open] as Token).text !== ',') open -= 1;
    if (open <= 0 || (tokens[open] as Token).text !== ',') return { kind: 'none' };
    last = open - 1;
  } else if (RELATIVE_PRONOUNS.has(lower) || token.kind === 'punctuation') {
    return { kind: 'none' };
  }
  let first = last;
  while (first > 0 && last - first < MAX_LOOKBACK) {
    const previous = tokens[first - 1] as Token;
    const word = previous.text.toLowerCase();
    if (previous.kind === 'punctuation' && !/^['’]$/u.test(previous.text)) break;
    if (/^(?:that|said|says|but|while|as|after|before|when|because|if|although|since|whether|where)$/u.test(word)) break;
    first -= 1;
  }
  // "… killed Abdallah, and severely wounded …": a conjunction and adverbs are no subject; the verb shares the one before.
  if (/^(?:and|but|or|nor)$/iu.test((tokens[first] as Token).text)) {
    const between = tokens.slice(first + 1, last + 1);
    return between.every((t) => /^\p{Ll}+ly$/u.test(t.text)) ? { kind: 'coordinated' } : { kind: 'none' };
  }
  return { kind: 'phrase', first, last };
}
