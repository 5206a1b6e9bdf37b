// Splits a photo caption from its credit: "… in Beijing. / Photo: AP Archive" → caption + "AP Archive".
import { cleanOrNull, cleanText } from '../../text/normalize';

export interface CaptionCredit {
  caption: string | null;
  credit: string | null;
}

const MAX_CAPTION = 1000;
const CREDIT_WORD = '(?:photo(?:graph)?s?|fotos?|foto(?:grafie|grafía)?|images?|pictures?|bild(?:er)?|credits?|source|quelle|fuente|crédito|crédit|copyright|zdjęcie|kuva|billede)';
const TRAILING_LABELLED = new RegExp(`\\s*(?:[/|–—-]\\s*)?[([]?\\s*${CREDIT_WORD}(?:\\s+credit)?\\s*(?:[:：]|by\\b)\\s*([^()[\\]]{2,120}?)\\s*[)\\]]?\\s*$`, 'i');
const TRAILING_COPYRIGHT = /\s*[([]?\s*(?:©|\(c\)|copyright\b)\s*:?\s*([^()[\]]{2,120}?)\s*[)\]]?\s*$/i;
const TRAILING_PAREN_PHOTO = /\s*\(((?:[\p{L}.]+\s+)?photo\s*\/[^)]{2,100}|[^()]{2,80}\/[^()]{2,80})\)\s*$/iu;
const TRAILING_SLASH_AGENCY = /(?:^|[.!?]["”]?\s+)([\p{Lu}][^.!?/]{1,60}\/\s*(?:getty images|afp|ap|reuters|epa|dpa|shutterstock|imago|picture alliance|picture-alliance|alamy|ap photo|anadolu|sipa|bloomberg|keystone)(?:\s+via\s+[^.!?]{2,40})?)\s*$/iu;

/** The caption without its credit, and the credit alone ("AP Archive"), from one caption text. */
export function splitCaptionCredit(text: string, creditFromElement: string | null = null): CaptionCredit {
  let caption = cleanText(text);
  let credit = creditFromElement ? cleanCredit(creditFromElement) : null;
  // Captions are a line or two; anything longer is not split (and never costs the regexes much).
  if (caption.length > MAX_CAPTION) return { caption: cleanOrNull(caption), credit };
  for (const pattern of [TRAILING_LABELLED, TRAILING_COPYRIGHT, TRAILING_PAREN_PHOTO, TRAILING_SLASH_AGENCY]) {
    const match = pattern.exec(caption);
    if (!match?.[1]) continue;
    const found = cleanCredit(match[1]);
    if (!found) continue;
    credit ??= found;
    // The "Name/Getty Images" pattern also matched the end of the previous sentence; keep that in the caption.
    caption = caption.slice(0, pattern === TRAILING_SLASH_AGENCY ? match.index + match[0].indexOf(match[1]) : match.index);
    break;
  }
  // Pages often print the credit twice, in the caption and in its own element.
  if (credit && caption.endsWith(credit) && caption.length > credit.length) {
    caption = caption.slice(0, caption.length - credit.length);
  }
  caption = caption.replace(/[\s/|–—-]+$/, '').trim();
  return { caption: cleanOrNull(caption), credit };
}

/** A credit without its label: "Photo: AP Archive" → "AP Archive", "© Reuters" → "Reuters". */
export function cleanCredit(text: string): string | null {
  const credit = cleanText(text)
    .replace(new RegExp(`^[([]?\\s*${CREDIT_WORD}(?:\\s+credit)?\\s*(?::|by\\b)\\s*`, 'i'), '')
    .replace(/^(?:©|\(c\)|copyright\b)\s*:?\s*/i, '')
    .replace(/[)\]]\s*$/, (end) => (/[([]/.test(text) ? '' : end))
    .replace(/^[/|\s]+|[/|\s.]+$/g, '')
    .trim();
  // "AP Archive / AP Archive": the same credit printed twice.
  const halves = credit.split(/\s*[/|]\s*/);
  let single = halves.length === 2 && halves[0] === halves[1] ? (halves[0] ?? credit) : credit;
  const words = single.split(' ');
  const half = words.length / 2;
  if (words.length % 2 === 0 && words.slice(0, half).join(' ') === words.slice(half).join(' ')) single = words.slice(0, half).join(' ');
  return single.length >= 2 && single.length <= 120 ? single : null;
}
