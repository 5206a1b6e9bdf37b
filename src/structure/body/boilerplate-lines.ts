// Lines inside the body that are page furniture, not story: labels, bylines, dates, credits, "Read more:" leads.
import { parseReadingMinutes } from './reading-time';
import { RELATED_LABEL } from './vocabulary';

const FURNITURE_LABEL =
  /^(advertisement|advertisements|anzeige|werbung|publicidad|publicité|pubblicità|reklama|reklame|sponsored( content)?|ad|ads|continue reading( below)?|story continues below( this ad| advertisement)?|scroll to continue( with content)?|article continues below( advertisement)?|skip advertisement|click here|loading\.*|weiterlesen|mehr lesen|more|show more|read the full article|listen to (this )?(article|story)|\d+:\d+|image|photo|video|play video|watch|close|menu|back to top|top|beitragsbild|titelbild|bild anzeigen|bild vergrößern|bilder anzeigen|rezept drucken|drucken|pdf|credits?:?|(kategorie|category|rubrik|tags?|schlagworte?|themen?)\s*:.{0,40}|quellen (ein|aus)blenden|(mehr|alle|weniger) anzeigen|zur startseite|nach oben|enlarge (image|photo)|expand|view (gallery|slideshow)|open gallery|\d+ (bilder|fotos|photos|images))$/i;

// A line made only of these words is a share/follow bar ("Share this article", "Facebook Twitter Email").
const SHARE_WORDS = new Set(
  ('share shares sharing this article story post page on via tweet email e-mail mail print copy copied link whatsapp facebook twitter x linkedin ' +
    'reddit pinterest telegram messenger flipboard follow us sign up subscribe now save comment comments teilen drucken artikel ' +
    'kopieren compartir partager imprimer condividi stampa udostępnij').split(' '),
);

/** "Read more: <link>" and its translations: the rest of the line is a related story, not body text. */
export const READ_MORE_LEAD =
  /^(read more|read also|also read|see also|related|recommended|read next|more|watch|listen|lesen sie auch|lesen sie mehr|mehr zum thema|auch interessant|lire aussi|à lire aussi|leer más|lee también|leia também|leggi anche|czytaj (też|także)|ook interessant|läs också|læs også|les også)\s*[:：|»>-]\s*\S/i;

const BYLINE = /^(by|von|par|por|di|door|av|af|przez|texte|text|text und fotos)\s*:?\s+\p{Lu}[\p{L}'’.-]*(\s+[\p{L}'’.-]+){0,6}(\s*(,|and|und|&|y|et|e|und)\s*[\p{L}'’.\s-]+)?$/iu;
const DATE_WORDS =
  /\b(published|updated|posted|last updated|modified|veröffentlicht|aktualisiert|stand|publié|mis à jour|publicado|actualizado|pubblicato|aggiornato|opublikowano)\b/i;
const MONTHS =
  /(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)[a-zé]*\.?/gi;
// "AFP / LUCA MORENI", "Harbour Club/Getty Images": a photo credit left in the text.
const FOLLOW_US = /^(follow us|s[ií]guenos|folgen sie uns|folge uns|suivez-nous|seguici|sledujte nás|obserwuj nas)\b/i;
const PHOTO_AGENCY_CREDIT =
  /^[^.!?]{0,60}\/\s*[^.!?]{0,60}$|^(foto|photo|bild)\s*:/i;
const PHOTO_AGENCIES = /getty|afp|\bdpa\b|imago|picture.alliance|reuters|\bap\b|\bepa\b|shutterstock|istock|keystone|sipa|anadolu|ullstein|\bddp\b|xinhua|bloomberg|unsplash|pixabay|adobe stock|\bkna\b/i;
const CREDIT_LEAD = /^(photo|photos|foto|fotos|image|images|picture|bild|bilder|credit|credits|video|graphic|grafik|illustration|source image|photograph)s?\s*[:：]/i;
// "Quelle: Landesregierung", "Source: company figures": the source named under the text, not a sentence of it.
const SOURCE_LINE = /^(quelle|quellen|source|sources|fuente|fuentes|fonte|źródło)\s*:\s*[^.!?]*\.?$/i;
const BARE_ADDRESS = /^(https?:\/\/|www\.)\S+$|^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;
// Paywall and sign-up appeals addressed to the reader; story sentences about subscriptions do not read like this.
const CALL_TO_ACTION =
  /\b(please subscribe|subscribe (now|today)|already a subscriber|(first-time )?subscribers (also )?(receive|get)|log in for (immediate )?access|to (view|read|continue reading) (the|this) (full|rest of the|entire) (story|article)|become a (member|subscriber)|sign up for (our|the) newsletter|newsletter abonnieren|jetzt abonnieren|(in|für) unseren? [\p{L}-]{0,20}newsletter|unterstütze?n? (uns|unsere arbeit)|gefällt (dir|ihnen) unser|hazte miembro|suscr[ií]bete|abonnez-vous)\b/iu;
// The heading of the comment section that follows the story.
const COMMENT_LABEL =
  /^(\d+ )?(comments?|kommentare?|commentaires?|comentarios?|commenti|komentarze|vos réactions|leave a (reply|comment)|write a comment|add a comment|post a comment|kommentar (schreiben|verfassen|abgeben)|schreibe(n sie)? einen kommentar|(ihre|deine) meinung( ist gefragt)?|hier ist (ihre|deine) meinung gefragt|laisser un commentaire|deja (un|tu) comentario)$/i;
// Embed chrome only; the embedded post's own words and its "— Name (@handle) date" line are quoted content.
const TWEET_CHROME = /^(view (this post|more) on (instagram|twitter|x|facebook|tiktok)|a post shared by .{1,80}|see more on instagram|watch on youtube)$/i;

/** True for a body line that is furniture. `linkShare` is the share of its text inside links. */
export function isFurnitureLine(text: string, linkShare: number): boolean {
  const length = text.length;
  if (length <= 2 && !/\p{L}{2}|\d/u.test(text)) return true;
  if (length < 80 && FURNITURE_LABEL.test(text.replace(/[\s:.…»›>|]+$/, ''))) return true;
  if (length < 80 && RELATED_LABEL.test(text) && text.split(/\s+/).length <= 10) return true;
  if (length < 80 && PHOTO_AGENCY_CREDIT.test(text) && PHOTO_AGENCIES.test(text)) return true;
  if (length < 100 && isShareLine(text)) return true;
  if (length < 140 && FOLLOW_US.test(text)) return true;
  // "Kontakt:", "Weitere Informationen:": a label whose content sits elsewhere.
  if (length < 40 && /:$/.test(text) && text.split(/\s+/).length <= 2) return true;
  if (length < 100 && BYLINE.test(text) && !/[.!?]$/.test(text)) return true;
  if (isDateLine(text)) return true;
  if (length < 60 && parseReadingMinutes(text) !== null) return true;
  if (length < 160 && CREDIT_LEAD.test(text)) return true;
  if (length < 80 && SOURCE_LINE.test(text)) return true;
  if (length < 300 && CALL_TO_ACTION.test(text)) return true;
  if (length < 60 && COMMENT_LABEL.test(text.replace(/[\s:.!?(\d)]+$/, ''))) return true;
  if (/^\((AP|AFP|Reuters|dpa|EPA)?\s*Photo[^)]{0,80}\)$/i.test(text)) return true;
  if (length < 120 && TWEET_CHROME.test(text)) return true;
  // Fully linked short lines are teasers for other stories; a bare address or e-mail is a reference the text gives.
  return linkShare >= 0.8 && length < 300 && !BARE_ADDRESS.test(text);
}

function isShareLine(text: string): boolean {
  const words = text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((word) => word !== '');
  return words.length > 0 && words.every((word) => SHARE_WORDS.has(word));
}

function isDateLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  if (DATE_WORDS.test(text) && text.length < 90 && !/[.!?]["”]?$/.test(text.replace(/\d\.$/, '').replace(/ (a\.m|p\.m)\.$/, ''))) return true;
  // Nothing left once month names, numbers, times and separators are gone: a bare date.
  const rest = text
    .replace(MONTHS, '')
    .replace(/\d+/g, '')
    .replace(/\b(am|pm|a\.m\.|p\.m\.|et|est|edt|gmt|utc|cet|cest|bst|pst|pdt|ist|uhr|h|on|at|um|le|el|de|the|mon|tue|wed|thu|fri|sat|sun)[a-z]*\b/gi, '')
    .replace(/[\s:.,/\-–—|()+]+/g, '');
  return rest === '';
}
