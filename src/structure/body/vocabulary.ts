// Class/id and label vocabularies that say what a region of a news page is, shared by the body extractors.
import { classNameOf } from '../class-name';

/** Splits a class/id string into lower-case word parts ("article-body__text" → article, body, text). */
export function nameParts(el: Element): string {
  const cached = namePartsCache.get(el);
  if (cached !== undefined) return cached;
  const parts = readNameParts(el);
  namePartsCache.set(el, parts);
  return parts;
}

// Several steps ask about the same elements; attribute reads are slow in some DOMs.
const namePartsCache = new WeakMap<Element, string>();

function readNameParts(el: Element): string {
  const cls = classNameOf(el);
  const id = el.getAttribute('id') ?? '';
  if (cls === '' && id === '') return '';
  // BEM: "sidebar-grid__content--wide" names the element "content" inside a "sidebar-grid" block; only the
  // element part says what this node is.
  const tokens = `${cls} ${id}`.split(/\s+/).filter((token) => token !== '').map((token) => {
    const bare = token.replace(/--[\w-]*$/, '');
    const at = bare.lastIndexOf('__');
    if (at <= 0) return bare;
    const element = bare.slice(at + 2);
    // CSS modules append a hash the same way ("caption__lZ5kc"): then the name is the part before it.
    return /\d|[a-z][A-Z]|^[A-Za-z0-9]{5}$/.test(element) ? bare.slice(0, at) : element;
  });
  return ` ${tokens.join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().replace(/[^a-z0-9]+/g, ' ')} `;
}

// Each pattern runs on the space-padded output of nameParts, so \b-like matching is done with spaces.
/** Names of regions that hold the story text. */
export const POSITIVE_NAMES =
  / (article|story|entry|post|news|main|content|body|text|copy|prose|rich ?text|blog|paragraph|detail|artikel|inhalt|texto|corpo|cuerpo|noticia|contenu|testo|tresc) /;

/** Region names that are clearly the article body (a strong root signal on top of POSITIVE_NAMES). */
export const BODY_NAMES =
  / ((article|story|entry|post|news|blog|main|detail|artikel|single) ?(body|content|text|copy|inner|main)|body ?(text|copy)|rich ?text|article ?(section|container)?|articlebody|storybody|entry) /;

/** Regions that are never part of the story: navigation, promotion, sharing, comments, page chrome. */
export const BOILERPLATE_NAMES = new RegExp(
  ' (' +
    [
      'nav', 'navbar', 'navigation', 'menu', 'breadcrumbs?', 'footer', 'masthead', 'sidebar', 'aside', 'rail',
      'share', 'sharing', 'sharebar', 'social', 'socials', 'follow', 'sns',
      'newsletter', 'subscribe', 'subscription', 'signup', 'paywall', 'regwall', 'piano', 'meter',
      'related', 'recommended', 'recommendation', 'recommendations', 'recirc', 'recirculation', 'more ?stories', 'read ?more',
      'read ?next', 'also ?read', 'see ?also', 'trending', 'popular', 'most ?read', 'outbrain', 'taboola', 'teasers', 'teaser',
      'promo', 'promotion', 'sponsored', 'commercial', 'cta',
      'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'adslot', 'ad ?slot', 'ad ?unit', 'ad ?container', 'dfp',
      'cookie', 'cookies', 'consent', 'gdpr', 'privacy', 'modal', 'popup', 'overlay', 'toast',
      'comment', 'comments', 'disqus', 'discussion', 'replies', 'respond', 'kommentar', 'kommentare', 'commentaires', 'comentarios', 'commenti', 'komentarze',
      'news ?letter', 'affiliate', 'entry ?meta', 'post ?meta', 'postmetadata',
      'tags', 'tag ?list', 'keywords', 'topics', 'byline', 'bylines', 'author ?(info|bio|box|card|description|about|details|profile)', 'about ?(the )?author', 'autor ?(box|info)', 'autorenbox', 'dateline', 'timestamp',
      'caption', 'figcaption', 'credit', 'credits', 'copyright', 'legend', 'legende', 'bildunterschrift',
      'toolbar', 'print', 'skip ?link', 'pagination', 'pager',
      'widget',
      'visually ?hidden', 'sr ?only', 'screen ?reader', 'offscreen',
    ].join('|') +
    ') ',
);

/** Boilerplate names that stay boilerplate even around long prose: comments, related stories, consent, sign-ups. */
export const HARD_BOILERPLATE_NAMES =
  / (comment|comments|kommentar|kommentare|commentaires|comentarios|commenti|komentarze|disqus|discussion|replies|respond|related|recommended|recommendation|recommendations|recirc|outbrain|taboola|newsletter|subscribe|paywall|cookie|cookies|consent|gdpr|sidebar|footer|nav|navigation|menu|breadcrumbs?|share|social|more ?stories|most ?read|popular|trending) /;

/** Picture captions and credits: left out even when set in an inline element (<em class="copyright">). */
export const CAPTION_REGION_NAMES = / (caption|figcaption|credit|credits|copyright|legend|legende|bildunterschrift) /;

/** Regions whose links are other stories worth listing as related. */
export const RELATED_NAMES =
  / (related|recommended|recommendation|recommendations|recirc|recirculation|more ?stories|read ?more|read ?next|also ?read|see ?also|explore|further ?reading|more ?news|more ?on|mehr ?zum ?thema|weitere) /;

/** Headings and labels that introduce a list of other stories. */
export const RELATED_LABEL =
  /^(explore|related( (stories|articles|news|content|coverage|topics|reading|links))?|recommended( (for you|stories|articles|reading))?|read (more|next|also)|also read|see also|more (stories|news|on this( story| topic)?|from [^.]{1,40}|to read|in [^.]{1,40})|you (may|might) (also )?(like|be interested in|have missed)|further reading|don'?t miss|top stories|latest (news|stories)|mehr zum thema|weitere artikel|lesen sie auch|auch interessant|das könnte sie auch interessieren|lire aussi|à lire aussi|leer más|lee también|te puede interesar|leggi anche|leia também|czytaj także|czytaj też|zum weiterlesen|weiterlesen|vorschau auf (den|die|das) (nächsten?|vorherigen?)|(das|dies|diese themen?|das thema|dieses thema) (könnte|könnten|dürfte) (dich|sie|euch) (auch )?(noch )?interessieren|sie könnten auch|(das|dies) könnte dich|lust auf mehr|le puede interesar|te puede interesar|también te puede interesar|vous aimerez aussi|à lire également|sur le même sujet|dello stesso autore|potrebbe interessarti|related posts?|similar (posts|articles|stories)|more like this|what to read next|trending now|popular now|most (read|popular|viewed)|neueste (artikel|beiträge|nachrichten)|latest (articles|posts))\b/i;

/** Kicker/eyebrow/section label near the headline. */
export const KICKER_NAMES = / (kicker|eyebrow|overline|category|section|rubric|rubrik|label|topic|flag|tag|supertitle|dachzeile|roofline|pretitle|pre ?title) /;

/** Standfirst / subheadline near the headline. */
export const DEK_NAMES =
  / (dek|standfirst|stand ?first|sub ?headline|subhead|subheading|sub ?title|summary|lede|lead|intro|teaser ?text|excerpt|description|deck|strapline|abstract|chapo|sapo|bajada|entradilla|vorspann|kurztext) /;

/** Elements inside a figure that hold the photo credit. */
export const CREDIT_NAMES = / (credit|credits|copyright|source|photographer|byline|attribution|author|courtesy|rights|\w*credit) /;

/** Elements inside a figure that hold the caption. */
export const CAPTION_NAMES = / (caption|figcaption|legend|description|desc|text|cutline) /;
