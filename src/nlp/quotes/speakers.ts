// Resolves the words naming a speaker to an entity: names, pronouns, "the ministry"-style references, anonymous sources.
import type { Entity, Span } from '../../analysis';

export interface SpeakerResolution {
  entity: string | null;
  /** "officials said", "a source familiar with the matter": an unnamed source. */
  anonymous: boolean;
}

interface IndexedMention { entity: Entity; span: Span }

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her']);
const GROUP_PRONOUNS = new Set(['they', 'it']);
/** Head nouns of unnamed sources. */
const ANONYMOUS_HEADS = new Set([
  'official', 'officials', 'source', 'sources', 'diplomat', 'diplomats', 'people', 'person', 'aide', 'aides',
  'insider', 'insiders', 'observer', 'observers', 'analyst', 'analysts', 'expert', 'experts', 'witness',
  'witnesses', 'resident', 'residents', 'investigator', 'investigators', 'critic', 'critics', 'adviser', 'advisers',
  'advisor', 'advisors', 'staffer', 'staffers', 'member', 'members', 'officer', 'officers', 'spokesperson',
  'spokesman', 'spokeswoman', 'someone', 'supporters', 'activists', 'lawmakers', 'economists', 'others', 'some',
]);
/** Where a speaker phrase's head ends: "officials | in Paris", "a source | familiar with the matter", "Sun | , who …". */
const HEAD_ENDS = /\s(?:in|at|from|for|with|familiar|close|who|which|on|to|under|inside|within|near|among|across)\s|,/u;

/** Nominal references and the entity names or roles they fit. */
const NOMINAL_FITS: [RegExp, (e: Entity) => boolean][] = [
  [/^(?:newspaper|paper|daily|outlet|magazine|network|broadcaster)$/, (e) => e.type === 'organization' && /\b(?:times|post|journal|news|herald|guardian|daily|gazette|tribune|telegraph|cnn|bbc|reuters|press|magazine|tv|television|radio|network)\b/i.test(e.name)],
  [/^(?:agency)$/, (e) => e.type === 'organization' && /\b(?:agency|reuters|press|afp|ap|xinhua|tass|anadolu)\b/i.test(e.name)],
  [/^(?:spokesperson|spokesman|spokeswoman)$/, (e) => e.type === 'person' && /spokes/i.test(e.role ?? '')],
  [/^(?:company|firm|group|organisation|organization|party|campaign|government|administration|bank|committee|council|union|alliance|bloc)$/, (e) => e.type === 'organization'],
];

/** Looks speakers up among the entities' mentions, by block and offset. */
export class SpeakerResolver {
  private readonly byBlock = new Map<number, IndexedMention[]>();
  private readonly inOrder: IndexedMention[] = [];
  private readonly entities = new Map<string, Entity>();

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) {
      this.entities.set(entity.id, entity);
      for (const span of entity.mentions) {
        const mention = { entity, span };
        this.inOrder.push(mention);
        const list = this.byBlock.get(span.block);
        if (list) list.push(mention);
        else this.byBlock.set(span.block, [mention]);
      }
    }
    this.inOrder.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start);
  }

  /** Who `words` (at `span`) names, looking back from there for pronouns and nominal references. */
  resolve(words: string, span: Span, previousSpeaker: { entity: string; block: number } | null = null): SpeakerResolution {
    // The head phrase ends before a preposition or clause: "officials in Paris", "a source familiar with …".
    const cut = words.search(HEAD_ENDS);
    const headWords = cut > 0 ? words.slice(0, cut) : words;
    const headEnd = span.start + headWords.trimEnd().length;
    const named = this.namedIn({ ...span, end: headEnd });
    const tokens = headWords.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
    const head = tokens[tokens.length - 1] ?? '';
    // "Clinton's spokesman", "Pentagon officials": the name only qualifies an unnamed source.
    if (named && named.span.end >= headEnd - 2) return { entity: named.entity.id, anonymous: false };
    if (tokens.length === 1 && PERSON_PRONOUNS.has(head)) {
      // "She said …" right after a quote by a person: that person goes on speaking (names in between are often objects).
      const previous = previousSpeaker && span.block - previousSpeaker.block <= 2 ? this.entities.get(previousSpeaker.entity) : undefined;
      if (previous?.type === 'person') return { entity: previous.id, anonymous: false };
      return { entity: this.recent(span, (e) => e.type === 'person'), anonymous: false };
    }
    // "…, a senior adviser to Trump, who said": the relative pronoun stands for the name just before it.
    if (tokens.length === 1 && (head === 'who' || head === 'which')) {
      const fits = (e: Entity) => (head === 'who' ? e.type === 'person' : e.type === 'organization');
      return { entity: this.recent(span, fits, 0), anonymous: false };
    }
    if (tokens.length === 1 && GROUP_PRONOUNS.has(head)) return { entity: this.recent(span, (e) => e.type === 'organization'), anonymous: false };
    // "The spokesperson", "the newspaper": a recent entity whose name or role fits comes first.
    const definite = /^(?:the|this|that)$/.test(tokens[0] ?? '') && !named ? this.nominal(head, span) : null;
    if (definite) return { entity: definite, anonymous: false };
    if (ANONYMOUS_HEADS.has(head) || (tokens.length > 1 && ANONYMOUS_HEADS.has(tokens[1] ?? '') && /^(?:a|an|one|two|three|several|some|many|other|another)$/.test(tokens[0] ?? ''))) {
      return { entity: null, anonymous: true };
    }
    // "Epstein's neighbor in Florida, Donald Trump": a person named last, after a comma, is the one described.
    const last = this.namedIn({ ...span, start: span.start + Math.max(0, words.lastIndexOf(',') + 1) });
    if (cut >= 0 && words.includes(',') && last?.entity.type === 'person' && last.span.end >= span.end - 1) return { entity: last.entity.id, anonymous: false };
    // "Trump allies", "Harris’ team": the name only says whose; the speakers are the noun after it, not named.
    if (named && /\p{Ll}{2,}/u.test(words.slice(named.span.end - span.start, headEnd - span.start))) return { entity: null, anonymous: false };
    return { entity: named ? named.entity.id : null, anonymous: false };
  }

  /** The mention inside `span` that names a speaker best: a person over an organisation over anything else, the last one. */
  private namedIn(span: Span): IndexedMention | null {
    const rank = (m: IndexedMention) => ({ person: 3, organization: 2, other: 1, event: 0, place: 0 })[m.entity.type];
    let best: IndexedMention | null = null;
    for (const mention of this.byBlock.get(span.block) ?? []) {
      if (mention.span.end <= span.start || mention.span.start >= span.end) continue;
      if (!best || rank(mention) > rank(best) || (rank(mention) === rank(best) && mention.span.start > best.span.start)) best = mention;
    }
    return best;
  }

  /** The most recent entity before `span` that fits, within `blocksBack` blocks before it. */
  private recent(span: Span, fits: (e: Entity) => boolean, blocksBack = 3): string | null {
    for (let i = this.inOrder.length - 1; i >= 0; i -= 1) {
      const { entity, span: at } = this.inOrder[i] as IndexedMention;
      if (at.block > span.block || (at.block === span.block && at.start >= span.start)) continue;
      if (at.block < span.block - blocksBack) break;
      if (fits(entity)) return entity.id;
    }
    return null;
  }

  /** "the ministry", "the general", "the newspaper": a recent entity whose name or role has that word or fits it. */
  private nominal(head: string, span: Span): string | null {
    const word = new RegExp(`\\b${head.replace(/[^\p{L}\p{N}]/gu, '')}`, 'iu');
    const byWord = this.recentAnywhere(span, (e) => (e.type === 'organization' || e.type === 'person') && (word.test(e.name) || word.test(e.role ?? '')));
    if (byWord) return byWord;
    const fit = NOMINAL_FITS.find(([pattern]) => pattern.test(head));
    return fit ? this.recentAnywhere(span, fit[1]) : null;
  }

  private recentAnywhere(span: Span, fits: (e: Entity) => boolean): string | null {
    for (let i = this.inOrder.length - 1; i >= 0; i -= 1) {
      const { entity, span: at } = this.inOrder[i] as IndexedMention;
      if (at.block > span.block || (at.block === span.block && at.start >= span.start)) continue;
      if (fits(entity)) return entity.id;
    }
    return null;
  }
}
