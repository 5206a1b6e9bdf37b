// The words facts are built from: event verbs, the words that may stand between a subject and its verb, clause ends.

/**
 * Event verbs in the forms that are verbs whatever their context: past tense and third person present. Base forms
 * ("host", "meet") only count after a modal or "to" ("will host", "plans to hold"), since "a vote" or "the attack"
 * are nouns. Two-word verbs are keyed by their first word with the particle they need.
 */
const EVENT_FORMS: Record<string, string[]> = {
  meet: ['met', 'meets'],
  visit: ['visited', 'visits'],
  hold: ['held', 'holds'],
  host: ['hosted', 'hosts'],
  sign: ['signed', 'signs'],
  vote: ['voted', 'votes'],
  pass: ['passed', 'passes'],
  kill: ['killed', 'kills'],
  attack: ['attacked', 'attacks'],
  arrive: ['arrived', 'arrives'],
  launch: ['launched', 'launches'],
  elect: ['elected', 'elects'],
  appoint: ['appointed', 'appoints'],
  approve: ['approved', 'approves'],
  reject: ['rejected', 'rejects'],
  win: ['won', 'wins'],
  resign: ['resigned', 'resigns'],
  arrest: ['arrested', 'arrests'],
  sentence: ['sentenced'],
  invade: ['invaded', 'invades'],
  capture: ['captured', 'captures'],
  strike: ['struck'],
  evacuate: ['evacuated', 'evacuates'],
  restore: ['restored', 'restores'],
  release: ['released', 'releases'],
  seize: ['seized', 'seizes'],
  discuss: ['discussed', 'discusses'],
  deploy: ['deployed', 'deploys'],
  impose: ['imposed', 'imposes'],
  withdraw: ['withdrew', 'withdraws'],
  expel: ['expelled', 'expels'],
  sanction: ['sanctioned'],
  agree: ['agreed'],
  open: ['opened'],
  close: ['closed'],
  fire: ['fired'],
  shell: ['shelled'],
  bomb: ['bombed'],
  injure: ['injured'],
  wound: ['wounded'],
  detain: ['detained', 'detains'],
  convict: ['convicted'],
  acquit: ['acquitted'],
  ratify: ['ratified', 'ratifies'],
  adopt: ['adopted', 'adopts'],
  ban: ['banned', 'bans'],
  suspend: ['suspended', 'suspends'],
  lift: ['lifted', 'lifts'],
  exchange: ['exchanged', 'exchanges'],
  hand: ['handed'],
  take: ['took', 'takes'],
  assume: ['assumed', 'assumes'],
  join: ['joined', 'joins'],
  leave: ['left'],
  sell: ['sold', 'sells'],
  buy: ['bought', 'buys'],
  acquire: ['acquired', 'acquires'],
};

/** Verbs that make an event only with their particle: "took over", "handed over", "set up" is a founding. */
const NEEDS_PARTICLE: Record<string, string> = { take: 'over', hand: 'over' };
/** Forms read only when an object or place follows them (else "left" is a direction, "open" an adjective). */
const NEEDS_ENTITY_AFTER = new Set(['left', 'leave', 'opened', 'closed', 'fired', 'joined', 'joins']);

export interface VerbForm {
  lemma: string;
  particle: string | null;
  needsEntityAfter: boolean;
  /** "attacks", "votes", "bans": as often a plural noun as a verb, so read only after a named subject. */
  ambiguous: boolean;
}

const FINITE = new Map<string, VerbForm>();
const BASE = new Map<string, VerbForm>();
for (const [lemma, forms] of Object.entries(EVENT_FORMS)) {
  const particle = NEEDS_PARTICLE[lemma] ?? null;
  for (const form of forms) FINITE.set(form, { lemma, particle, needsEntityAfter: NEEDS_ENTITY_AFTER.has(form), ambiguous: form !== forms[0] && form.endsWith('s') });
  BASE.set(lemma, { lemma, particle, needsEntityAfter: NEEDS_ENTITY_AFTER.has(lemma), ambiguous: false });
}

/** The event verb `word` is, when it is one in this position (`afterModal`: "will", "to", "would" just before it). */
export function eventVerb(word: string, afterModal: boolean): VerbForm | null {
  const lower = word.toLowerCase();
  return FINITE.get(lower) ?? (afterModal ? BASE.get(lower) ?? null : null);
}

/** Modals and plan words kept in the predicate ("will host", "plans to hold", "would not sign"). */
export const KEPT_BEFORE_VERB = new Set([
  'will', 'would', 'could', 'may', 'might', 'must', 'should', 'shall', 'can', 'to', 'plans', 'plan', 'planned', 'intends',
  'intend', 'intended', 'aims', 'aim', 'aimed', 'wants', 'want', 'wanted', 'expects', 'expected', 'set', 'due',
  'hopes', 'hoped', 'not', 'never', 'was', 'were', 'is', 'are', 'be', 'been', 'being', 'agreed', 'agrees', 'decided',
  'decides', 'refused', 'refuses', 'failed', 'fails', 'tried', 'tries', 'sought', 'seeks', 'vowed', 'vows',
  'promised', 'promises', 'threatened', 'threatens', 'going', 'voted', 'votes', 'moved', 'moves',
]);
/** Auxiliaries and adverbs skipped between a subject and its verb, and left out of the predicate. */
export const SKIPPED_BEFORE_VERB = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'reportedly', 'already', 'jointly', 'formally', 'officially', 'finally',
  'recently', 'previously', 'earlier', 'subsequently', 'still', 'now', 'again', 'first', 'last', 'briefly',
  'separately', 'allegedly', 'apparently', 'once', 'twice', 'just', 'only', 'both', 'all', 'each', 'privately',
  'publicly', 'secretly', 'quietly', 'unanimously', 'narrowly', 'overwhelmingly', 'successfully', 'repeatedly',
]);
export const MODALS = new Set(['will', 'would', 'could', 'may', 'might', 'must', 'should', 'shall', 'can', 'to']);

export const PERSON_PRONOUNS = new Set(['he', 'she']);
export const GROUP_PRONOUNS = new Set(['it', 'they']);
export const RELATIVE_PRONOUNS = new Set(['who', 'which', 'that']);

/** Words after a comma that open a new clause (",  who …", ", and …"): a clause's objects stop there. */
export const CLAUSE_OPENERS_AFTER_COMMA = new Set([
  'and', 'but', 'while', 'whereas', 'as', 'who', 'which', 'where', 'when', 'after', 'before', 'although', 'though',
  'because', 'since', 'saying', 'adding', 'according', 'said', 'says', 'told', 'officials', 'so', 'yet', 'with',
  // "… after the envoy was expelled from Chad, was seen as …": a verb after the comma belongs to the sentence's own subject.
  'was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would',
]);
/** Words that end a clause wherever they are. */
export const CLAUSE_BREAKS = new Set([';', ':', '—', '–', '(', ')', 'but', 'while', 'whereas', 'although', 'because']);

/** Present-tense speech cues and the past form a fact line uses ("says" → "said"). */
const CUE_PAST: Record<string, string> = {
  says: 'said', say: 'said', tells: 'told', tell: 'told', writes: 'wrote', write: 'wrote', adds: 'added', warns: 'warned',
  calls: 'called', call: 'called', insists: 'insisted', argues: 'argued', claims: 'claimed', notes: 'noted',
  announces: 'announced', reports: 'reported', stresses: 'stressed', urges: 'urged', explains: 'explained',
  believes: 'believes', thinks: 'thinks', confirms: 'confirmed', denies: 'denied', vows: 'vowed', promises: 'promised',
};

/** The predicate of a statement for its cue: "says" → "said", "According to" → "according to". */
export function cuePredicate(cue: string | null): string {
  const lower = (cue ?? '').toLowerCase().replace(/\s+/g, ' ').trim();
  if (!lower) return 'said';
  return CUE_PAST[lower] ?? pastOfParticiple(lower) ?? lower;
}

const IRREGULAR_PARTICIPLES: Record<string, string> = { saying: 'said', telling: 'told', writing: 'wrote', seeking: 'sought', thinking: 'thought', feeling: 'felt' };

/** "saying" → "said", "noting" → "noted", "urging" → "urged": a statement line says what was said, not "X saying". */
function pastOfParticiple(cue: string): string | null {
  if (!/^\p{Ll}{3,}ing$/u.test(cue)) return null;
  return IRREGULAR_PARTICIPLES[cue] ?? `${cue.slice(0, -3)}ed`;
}
