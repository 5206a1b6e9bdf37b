// Splits a copied image caption from its credit: "… / Photo: AP Archive / AP Archive", "… (AP Photo/Andy Wong)".
import { cleanOrNull } from '../../text/normalize';

export interface CaptionLine {
  caption: string | null;
  credit: string;
}

const CREDIT_LABEL = '(?:photo(?:graph)?s?|image|picture|pic|fotos?|bild|bildrechte|bildquelle|credit|photo credit|image credit|copyright)';

const CREDIT_WORD = /photo|image|picture|pic|foto|bild|credit|\/|©|getty|afp|reuters|dpa|imago|epa|keystone|anadolu|shutterstock|alamy/i;
// "caption / Photo: Credit", "caption | Image: Credit", "caption Photograph: Credit" (the label must be there).
const LABELLED = new RegExp(`^(.*?)\\s*(?:[/|·•–—-]\\s*)?\\b${CREDIT_LABEL}\\s*(?::|by\\b)\\s*(.+)$`, 'i');
// "caption (AP Photo/Andy Wong)", "caption (Photo: Reuters)", "caption [Getty Images]".
const BRACKETED = /^(.*?)\s*[([]((?:[\p{Lu}][\p{L}.]*\s)?\p{L}*(?:photo|photograph|image|foto|bild|credit)\p{L}*\b[^)\]]*)[)\]]$/iu;
// "A sentence. Getty Images/Fotovera", "A sentence. | Niall Carson/PA Images": a credit with no label, after a
// full sentence, naming a photographer's agency or written as "Name/Agency".
const TRAILING_CREDIT = /^(.+?[.!?]["”’)]?)\s*(?:[|/–—-]\s*)?([^.!?|]{2,80})$/u;
const PHOTO_SOURCE = /\/|©|\b(?:getty|images|afp|reuters|ap photo|dpa|picture alliance|imago|epa|keystone|anadolu|shutterstock|istock|alamy|xinhua|bloomberg|efe|europa press|ansa|pa wire|pa media)\b/i;

/**
 * The caption and credit a line states, or null when the line has no credit label (then it is not recognisably
 * a caption in copied text). The copy often repeats the credit ("/ Photo: AP Archive / AP Archive").
 */
export function parseCaptionLine(line: string): CaptionLine | null {
  if (line.length > 600 || !CREDIT_WORD.test(line)) return null;
  const labelled = LABELLED.exec(line);
  if (labelled?.[2]) {
    const credit = dropRepeat(labelled[2]);
    if (isCredit(credit)) return { caption: cleanOrNull(labelled[1]), credit };
  }
  const bracketed = BRACKETED.exec(line);
  if (bracketed?.[2]) {
    const credit = bracketed[2].replace(/^\p{L}*(?:photo|foto|bild)\p{L}*\s*:\s*/iu, '').trim();
    if (isCredit(credit)) return { caption: cleanOrNull(bracketed[1]), credit };
  }
  const trailing = TRAILING_CREDIT.exec(line);
  if (trailing?.[2] && PHOTO_SOURCE.test(trailing[2]) && trailing[2].split(/\s+/).length <= 8) {
    return { caption: cleanOrNull(trailing[1]), credit: trailing[2].trim() };
  }
  return null;
}

/** "AP Archive / AP Archive" → "AP Archive": the credit element copied after the credit line. */
function dropRepeat(credit: string): string {
  const parts = credit.split(/\s*[/|]\s*/);
  const first = parts[0]?.trim() ?? '';
  return parts.length === 2 && first === parts[1]?.trim() ? first : credit.trim();
}

/** A credit is a short name or two, not a sentence that happened to contain "photo:". */
function isCredit(credit: string): boolean {
  const words = credit.split(/\s+/).filter(Boolean).length;
  return words >= 1 && words <= 8 && credit.length <= 80 && !/[.!?]["”']?$/.test(credit.replace(/\b[A-Z]\.$/, ''));
}
