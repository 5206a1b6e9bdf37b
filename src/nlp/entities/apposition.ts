// Appositions after a name give its role: "Sergey Lavrov, Russia's foreign minister," / "Y, the minister of energy,".
import type { Token } from '../tokenize';
import type { AffiliationRef, Candidate } from './candidate';
import { demonymAt, isPossessiveMark, isRoleHead, isRoleWord } from './role-words';

const DETERMINERS = new Set(['the', 'a', 'an']);
/** Words that may close an apposition; anything else means the clause goes on and the reading is unsafe. */
const CLOSERS = /^[,.;:)—–]$/u;
const MAX_OF_PHRASE = 5;

/** Sets the role of person mentions that have none from an apposition right after them. */
export function assignAppositionRoles(candidates: readonly Candidate[]): void {
  const byBlockStart = new Map<string, Candidate>();
  for (const candidate of candidates) byBlockStart.set(`${candidate.block.index}:${candidate.first}`, candidate);
  for (const person of candidates) {
    if (person.type !== 'person' || person.role !== null) continue;
    const tokens = person.block.tokens;
    if (tokens[person.end]?.text !== ',') continue;
    let at = person.end + 1;
    let affiliation: AffiliationRef | null = null;
    const owner = byBlockStart.get(`${person.block.index}:${at}`);
    const demonym = demonymAt(tokens, at);
    if (owner && isPossessiveMark(tokens[owner.end])) {
      affiliation = { mention: owner };
      at = owner.end + 1;
    } else if (demonym) {
      affiliation = { country: demonym.country };
      at = demonym.end;
    } else if (DETERMINERS.has((tokens[at]?.text ?? '').toLowerCase())) {
      at += 1;
      const afterArticle = demonymAt(tokens, at);
      if (afterArticle) {
        affiliation = { country: afterArticle.country };
        at = afterArticle.end;
      }
    }
    const roleFirst = at;
    while (isRoleWord(tokens[at])) at += 1;
    if (!tokens.slice(roleFirst, at).some((token) => isRoleHead(token))) continue;
    let roleEnd = at;
    if (tokens[at]?.text.toLowerCase() === 'of') {
      const phraseEnd = ofPhraseEnd(tokens, at + 1);
      if (phraseEnd > at + 1) {
        const objectFirst = tokens[at + 1]?.text.toLowerCase() === 'the' ? at + 2 : at + 1;
        const object = byBlockStart.get(`${person.block.index}:${objectFirst}`);
        if (!affiliation && object && object.type !== 'person' && object.end === phraseEnd) affiliation = { mention: object };
        roleEnd = phraseEnd;
      }
    }
    // "X, the president of France, said" closes; "X, the president who …" does not name a plain role.
    if (tokens[roleEnd] !== undefined && !CLOSERS.test(tokens[roleEnd]?.text ?? '')) continue;
    person.role = person.block.text.slice(tokens[roleFirst]?.start ?? 0, tokens[roleEnd - 1]?.end ?? 0);
    person.affiliation = affiliation;
  }
}

/** The end of "of …" words up to the closing punctuation, or `from` when the phrase runs on too long. */
function ofPhraseEnd(tokens: readonly Token[], from: number): number {
  let at = from;
  while (at < tokens.length && at - from < MAX_OF_PHRASE && tokens[at]?.kind === 'word') at += 1;
  return at > from && (at === tokens.length || CLOSERS.test(tokens[at]?.text ?? '')) ? at : from;
}
