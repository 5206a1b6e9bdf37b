// Capitalised names headed by "Ministry", "Agency", "Council"… are organisations ("the Chinese Foreign Ministry"),
// and a later "the ministry" names the latest of them.
import type { Token } from '../tokenize';
import { isCapitalised, makeCandidate, type Candidate, type TaggedBlock } from './candidate';
import { demonymAt, isPossessiveMark } from './role-words';

const ORGANISATION_HEADS = new Set([
  'ministry', 'agency', 'council', 'committee', 'commission', 'organisation', 'organization', 'bank', 'party', 'army', 'court',
  'parliament', 'union', 'alliance', 'department', 'office', 'foundation', 'institute', 'university', 'company', 'corporation',
  'forces', 'police', 'service', 'authority', 'assembly', 'federation', 'association', 'fund', 'bureau', 'secretariat',
]);
/** Names with an organisation's head that are places. */
const PLACES_WITH_ORGANISATION_HEADS = new Set(['west bank', 'soviet union']);
const MAX_NAME_WORDS = 6;

const headOf = (token: Token | undefined): string | null => {
  const word = token?.text.toLowerCase() ?? '';
  return ORGANISATION_HEADS.has(word) ? word : null;
};

/** Adds organisation mentions found by their head; they replace the tagger's mentions they overlap (not persons). */
export function findOrganisations(blocks: readonly TaggedBlock[], candidates: Candidate[]): Candidate[] {
  // Every search below is within one block: each block's mentions apart, in their order, keep a long story linear.
  const candidatesIn = byBlock(candidates);
  const found: Candidate[] = [];
  for (const block of blocks) {
    const { tokens } = block;
    for (let head = 0; head < tokens.length; head += 1) {
      if (!headOf(tokens[head]) || !isCapitalised(tokens[head])) continue;
      let first = head;
      while (first > 0 && head - first < MAX_NAME_WORDS && isCapitalised(tokens[first - 1]) && tokens[first - 1]?.text !== 'The') first -= 1;
      let end = head + 1;
      // "Ministry of Foreign Affairs", "Bank of England".
      if (tokens[end]?.text === 'of' && isCapitalised(tokens[end + 1])) {
        end += 1;
        while (end < tokens.length && isCapitalised(tokens[end])) end += 1;
      }
      if (end - first < 2) continue;
      const candidate = makeCandidate(block, first, end, 'organization', true);
      const name = tokens.slice(first, end).map((token) => token.text).join(' ').toLowerCase();
      if (PLACES_WITH_ORGANISATION_HEADS.has(name)) continue;
      const demonym = demonymAt(tokens, first);
      if (demonym && demonym.end < end) candidate.affiliation = { country: demonym.country };
      // "Russia's Defence Ministry" belongs to Russia.
      const owner = isPossessiveMark(tokens[first - 1]) ? candidatesIn(block).find((other) => other.end === first - 1) : undefined;
      if (owner && owner.type !== 'person') candidate.affiliation = { mention: owner };
      found.push(candidate);
      head = end - 1;
    }
  }
  // A tagged organisation that holds the rule's name whole is the longer, better reading: "Ministry of Foreign Affairs of Türkiye".
  const containing = (org: Candidate) =>
    candidatesIn(org.block).find((other) => other.type === 'organization' && other.start <= org.start && org.stop <= other.stop);
  for (let i = found.length - 1; i >= 0; i -= 1) {
    const holder = containing(found[i] as Candidate);
    if (holder) {
      holder.fromRule = true;
      holder.affiliation ??= (found[i] as Candidate).affiliation;
      found.splice(i, 1);
    }
  }
  const foundIn = byBlock(found);
  const overlapsFound = (other: Candidate) => foundIn(other.block).some((org) => org.start < other.stop && other.start < org.stop);
  const kept = candidates.filter((candidate) => candidate.type === 'person' || !overlapsFound(candidate));
  const keptIn = byBlock(kept);
  return [...kept, ...found.filter((org) => !keptIn(org.block).some((other) => org.start < other.stop && other.start < org.stop))];
}

/** The mentions of each block, in the order given. */
function byBlock(candidates: readonly Candidate[]): (block: TaggedBlock) => readonly Candidate[] {
  const lists = new Map<TaggedBlock, Candidate[]>();
  for (const candidate of candidates) {
    const list = lists.get(candidate.block);
    if (list) list.push(candidate);
    else lists.set(candidate.block, [candidate]);
  }
  return (block) => lists.get(block) ?? [];
}

/** "the ministry" after "the Chinese Foreign Ministry": a mention of the latest organisation with that head. */
export function findDefiniteReferences(blocks: readonly TaggedBlock[], candidates: readonly Candidate[]): Candidate[] {
  const byBlock = new Map<TaggedBlock, Candidate[]>();
  for (const candidate of candidates) {
    const list = byBlock.get(candidate.block);
    if (list) list.push(candidate);
    else byBlock.set(candidate.block, [candidate]);
  }
  const latestByHead = new Map<string, Candidate>();
  const references: Candidate[] = [];
  for (const block of blocks) {
    const inBlock = (byBlock.get(block) ?? []).sort((a, b) => a.first - b.first);
    const covered = new Array<boolean>(block.tokens.length).fill(false);
    for (const candidate of inBlock) covered.fill(true, candidate.first, candidate.end);
    let next = 0;
    for (let i = 0; i < block.tokens.length; i += 1) {
      while (next < inBlock.length && (inBlock[next] as Candidate).end <= i) {
        const done = inBlock[next] as Candidate;
        const head = headOf(block.tokens[done.end - 1]);
        if (done.type === 'organization' && head) latestByHead.set(head, done);
        next += 1;
      }
      if (covered[i] || covered[i + 1] || block.tokens[i]?.text.toLowerCase() !== 'the') continue;
      const antecedent = latestByHead.get(headOf(block.tokens[i + 1]) ?? '');
      // "the ministry of …" names another one.
      if (!antecedent || block.tokens[i + 2]?.text === 'of') continue;
      const reference = makeCandidate(block, i, i + 2, 'organization', true);
      reference.antecedent = antecedent;
      references.push(reference);
    }
  }
  return references;
}
