// Short forms merge into the full name: "Sun" and "Sun's" are Sun Weidong; "SCO" is the Shanghai Cooperation Organisation.
import { candidateWords, makeCandidate, type Candidate } from './candidate';
import { canonicalWords, groupType, mergeGroups, nameKey, type MentionGroup } from './groups';
import { countryOfDemonym } from './demonyms';

const ACRONYM = /^\p{Lu}[\p{Lu}\p{N}&]{1,7}$/u;
const INITIALS_SKIPPED = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'et', '&']);
const NAME_PARTICLES = new Set(['de', 'da', 'di', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn', 'la', 'le', 'du']);

/**
 * "Shanghai Cooperation Organisation (SCO)": the bracketed acronym is a mention of the name before it, and the story
 * has defined it, so a group of its own for the acronym ("the SCO said") joins the name's. Only an acronym that can
 * stand for the name counts: "SAN FRANCISCO (AP)" is a wire credit and "Francis Lomel (LCGB)" an affiliation.
 */
export function addBracketedAcronyms(groups: readonly MentionGroup[]): void {
  /** Each acronym the story defines, with the group of its name; null when two names claim it. */
  const defined = new Map<string, MentionGroup | null>();
  for (const group of groups) {
    if (groupType(group) === 'person') continue;
    for (const mention of [...group.mentions]) {
      const tokens = mention.block.tokens;
      const inner = tokens[mention.end + 1];
      if (tokens[mention.end]?.text !== '(' || tokens[mention.end + 2]?.text !== ')' || !inner || !ACRONYM.test(inner.text)) continue;
      if (mention.end - mention.first < 2) continue;
      if (!abbreviates(inner.text, candidateWords(mention))) continue;
      const acronym = makeCandidate(mention.block, mention.end + 1, mention.end + 2, mention.type, mention.fromRule);
      group.mentions.push(acronym);
      const claimed = defined.get(inner.text);
      defined.set(inner.text, claimed === undefined || claimed === group ? group : null);
    }
  }
  for (const group of groups) {
    const words = canonicalWords(group);
    const owner = words.length === 1 ? defined.get(words[0] as string) : undefined;
    if (!owner || owner === group) continue;
    mergeGroups(owner, group);
    // The bracketed acronym was a mention of both groups: it stays one mention.
    owner.mentions = owner.mentions.filter((mention, i, all) => i === 0 || !sameSpan(mention, all[i - 1] as Candidate));
  }
}

/**
 * Whether an acronym can stand for a name: its first letter begins a word of the name and its other letters follow
 * in order ("NYAG": "New York State Attorney General", "UKHD": "Universitätsklinikum Heidelberg"). Not "AP" after
 * "SAN FRANCISCO", nor a canton after a politician's name.
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = [...acronym.toLowerCase()].filter((char) => /\p{L}/u.test(char));
  const lower = words.map((word) => word.toLowerCase());
  return lower.some((word, w) => {
    if (!word.startsWith(letters[0] ?? '')) return false;
    const rest = [word.slice(1), ...lower.slice(w + 1)].join(' ');
    let at = 0;
    for (const letter of letters.slice(1)) {
      at = rest.indexOf(letter, at);
      if (at < 0) return false;
      at++;
    }
    return true;
  });
}

function sameSpan(a: Candidate, b: Candidate): boolean {
  return a.block === b.block && a.start === b.start && a.stop === b.stop;
}

/** The initials of a multi-word name, "Shanghai Cooperation Organisation" → "SCO". */
function initialsOf(words: readonly string[]): string {
  return words.filter((word) => !INITIALS_SKIPPED.has(word.toLowerCase())).map((word) => word[0] ?? '').join('').toUpperCase();
}

/**
 * Merges groups named by one word into a longer name they abbreviate: an acronym into its expansion,
 * a person's single name ("Sun") into the one full name that contains it. Ambiguous short forms stay apart.
 */
export function mergeShortForms(groups: MentionGroup[]): MentionGroup[] {
  const byInitials = new Map<string, MentionGroup[]>();
  const byNamePart = new Map<string, MentionGroup[]>();
  for (const group of groups) {
    const words = canonicalWords(group);
    if (words.length < 2) continue;
    const initials = initialsOf(words);
    if (initials.length >= 2) byInitials.set(initials, [...(byInitials.get(initials) ?? []), group]);
    if (groupType(group) !== 'person') continue;
    for (const part of personNameParts(words)) byNamePart.set(part, [...(byNamePart.get(part) ?? []), group]);
  }
  for (const group of groups) {
    const words = canonicalWords(group);
    if (words.length !== 1) continue;
    const word = words[0] as string;
    const type = groupType(group);
    const expansions = ACRONYM.test(word) && type !== 'person' ? byInitials.get(word) : undefined;
    // After the full name, a single name is the person whatever the tagger called it ("Netanyahu's office").
    const owners = byNamePart.get(nameKey([word]))?.filter((owner) => type === 'person' || type === 'other' || comesBefore(owner, group));
    const target = expansions?.length === 1 ? expansions[0] : owners?.length === 1 ? owners[0] : undefined;
    if (target && target !== group) mergeGroups(target, group);
  }
  mergeNameTails(groups);
  return groups.filter((group) => group.mentions.length > 0);
}

/**
 * "Roma Jayne" is "Emma Roma Jayne", "Communist Party" the "Chinese Communist Party": a person or organisation
 * name of two or more words that ends exactly one longer name of its kind merges into it. Ambiguous tails
 * ("Foreign Ministry" after both a Chinese and a Russian one) and places ("New York" in "New York City") stay apart.
 */
function mergeNameTails(groups: readonly MentionGroup[]): void {
  const named = groups
    .filter((group) => group.mentions.length > 0 && (groupType(group) === 'person' || groupType(group) === 'organization'))
    .map((group) => ({ group, type: groupType(group), key: nameKey(canonicalWords(group)), words: canonicalWords(group).length }));
  for (const short of named) {
    if (short.words < 2) continue;
    const owners = named.filter((long) => long.type === short.type && long.words > short.words && long.key.endsWith(` ${short.key}`));
    const owner = owners[0];
    if (owners.length === 1 && owner && owner.group.mentions.length > 0) mergeGroups(owner.group, short.group);
  }
}

/** The words of a person's name that can stand for the person alone: not particles, demonyms or initials. */
export function personNameParts(words: readonly string[]): string[] {
  return words
    .filter((word) => word.length >= 2 && /^\p{Lu}/u.test(word) && !NAME_PARTICLES.has(word.toLowerCase()) && !countryOfDemonym(word) && !/\.$/u.test(word))
    .map((word) => nameKey([word]));
}

function comesBefore(a: MentionGroup, b: MentionGroup): boolean {
  const first = a.mentions[0];
  const other = b.mentions[0];
  return first !== undefined && other !== undefined && (first.block.index - other.block.index || first.start - other.start) < 0;
}
