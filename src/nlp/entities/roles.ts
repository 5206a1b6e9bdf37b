// Titles before a name ("China's Vice Foreign Minister Sun Weidong", "Russian President Vladimir Putin") give role and affiliation.
import { kindsOf } from '../gazetteer/lists';
import { isCapitalised, type AffiliationRef, type Candidate } from './candidate';
import { demonymAt, demonymBefore, isHonorific, isPossessiveMark, isRoleHead, isRoleWord } from './role-words';

/**
 * For every person mention: moves titles, honorifics and demonyms the tagger put inside the name out of it,
 * then reads the role words before the name and whose they are (a demonym or a possessive mention).
 */
export function assignTitleRoles(candidates: Candidate[]): void {
  const byBlockEnd = new Map<string, Candidate>();
  const covered = new Set<string>();
  for (const candidate of candidates) {
    byBlockEnd.set(`${candidate.block.index}:${candidate.end}`, candidate);
    if (candidate.type === 'person') continue;
    for (let i = candidate.first; i < candidate.end; i += 1) covered.add(`${candidate.block.index}:${i}`);
  }
  for (const person of candidates) {
    if (person.type !== 'person') continue;
    const tokens = person.block.tokens;
    extendNameLeftward(person);
    let nameFirst = person.first;
    // "President Xi Jinping" tagged whole: the name is what follows the title words. Keep at least one word.
    while (nameFirst < person.end - 1) {
      const demonym = demonymAt(tokens, nameFirst);
      if (demonym && demonym.end < person.end && isRoleWord(tokens[demonym.end])) nameFirst = demonym.end;
      else if (isRoleWord(tokens[nameFirst]) || isHonorific(tokens[nameFirst])) nameFirst += 1;
      else break;
    }
    const roleEnd = nameFirst;
    let roleFirst = nameFirst;
    // The role stops at another mention: in "Foreign Ministry spokesperson" the ministry is whose role it is.
    const free = (index: number) => !covered.has(`${person.block.index}:${index}`);
    while (roleFirst > 0 && free(roleFirst - 1)) {
      if (isRoleWord(tokens[roleFirst - 1])) roleFirst -= 1;
      // "Secretary of State": "of" inside a title, between two title words.
      else if (tokens[roleFirst - 1]?.text === 'of' && roleFirst < roleEnd && isRoleHead(tokens[roleFirst - 2])) roleFirst -= 2;
      else break;
    }
    if (nameFirst !== person.first) {
      person.first = nameFirst;
      person.start = tokens[nameFirst]?.start ?? person.start;
    }
    const roleTokens = tokens.slice(roleFirst, roleEnd);
    if (!roleTokens.some((token) => isRoleHead(token))) continue;
    person.role = person.block.text.slice(roleTokens[0]?.start ?? 0, roleTokens[roleTokens.length - 1]?.end ?? 0);
    person.affiliation = affiliationBefore(person, roleFirst, byBlockEnd);
  }
}

/**
 * "Turkish President Recep Tayyip Erdogan" tagged as "Tayyip Erdogan": given names the tagger left out right
 * before a name belong to it, unless they are a title, a demonym or open the sentence. Only listed given names:
 * any capitalised word would take in "Coroner", "Aunt" or a capitalised verb ("I Called Frank").
 */
function extendNameLeftward(person: Candidate): void {
  const { tokens, tags, sentences } = person.block;
  const opensSentence = (index: number) => sentences.some((sentence) => sentence.firstToken === index);
  let first = person.first;
  while (
    first > 0 &&
    tags[first - 1] === 'O' &&
    isCapitalised(tokens[first - 1]) &&
    kindsOf([tokens[first - 1]?.text ?? '']).includes('first-name') &&
    !isRoleWord(tokens[first - 1]) &&
    !isHonorific(tokens[first - 1]) &&
    !demonymBefore(tokens, first) &&
    !opensSentence(first - 1)
  ) first -= 1;
  if (first === person.first) return;
  person.first = first;
  person.start = tokens[first]?.start ?? person.start;
}

/** "Chinese …" names a country; "China's …" names the mention ending before the possessive mark. */
function affiliationBefore(person: Candidate, roleFirst: number, byBlockEnd: Map<string, Candidate>): AffiliationRef | null {
  const tokens = person.block.tokens;
  const demonym = demonymBefore(tokens, roleFirst);
  if (demonym) return { country: demonym.country };
  // "China's Vice Foreign Minister …", and without the possessive "NATO Secretary-General …".
  // A person owns a role only through the possessive: "Putin's spokesman Dmitry Peskov".
  const possessive = isPossessiveMark(tokens[roleFirst - 1]);
  const owner = byBlockEnd.get(`${person.block.index}:${possessive ? roleFirst - 1 : roleFirst}`);
  return owner && (possessive || owner.type !== 'person') ? { mention: owner } : null;
}
