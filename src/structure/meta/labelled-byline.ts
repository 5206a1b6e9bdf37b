// Finds a byline written as a label and a value ("<strong>Autorin/Autor</strong> Jane Doe", "<dt>Author</dt><dd>…</dd>")
// or as a short "By …" line anywhere in the story ("<p><em>Text von Jane Doe</em></p>", "Geschrieben von <a>Cooper</a>").
import { cleanText } from '../../text/normalize';
import { cleanAuthors, type CleanedByline } from './authors';
import { spacedText } from './byline/spaced-text';
import { elsewhereLevel } from './dom-near';

// The label alone, as fact boxes and side columns print it: "Author", "Autorin/Autor", "Auteur :", "Texte", "By".
const AUTHOR_LABEL = /^(?:autor(?:in|en|innen)?|authors?|written by|by|von|par|por|auteur(?:e|es|s)?|autore|autori|autora|autores|forfatter|författare|text|texte|tekst)(?:\s*[/|]\s*(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?))?\s*:?$/i;
// A short line that opens with a byword or an author label, after at most a date and time ("06.11.2023 13:30 von Olga",
// "Autorin: Uta Staschewski, Projektleiterin").
const BY_PHRASE = /^(?:[\d.:/\s-]{6,20}\s)?(?:(?:(?:text|texte|geschrieben|verfasst|eingestellt|posted|written|écrit|escrito)\s+)?(?:by|von|par|por|door|af|av)\s+|(?:autor(?:in)?|author|auteur(?:e)?|autore|autora)\s*:\s*)(?=\p{Lu})/iu;
const LABEL_SELECTOR = 'strong, b, dt, th, label, span, em, p, h4, h5, h6, small, address';
const LABEL_TAGS = new Set(LABEL_SELECTOR.split(', '));
const MAX_SCANNED = 30_000;
const MAX_LABELS = 3_000;
const MAX_VALUE_LENGTH = 120;
const MAX_BY_LINE = 150;

/** People named after an author label or a byword, outside teasers and comments; the first one with a name wins. */
export function labelledByline(doc: Document, publisherNames: string[], elements?: ArrayLike<Element>): CleanedByline {
  // The page's shared element list is filtered by tag: cheaper on linkedom than another selector query.
  const labels = elements ? labelElements(elements) : doc.querySelectorAll(LABEL_SELECTOR);
  // A byline in a teaser-like container counts only when the story itself has none (some layouts wrap the story so).
  let fallback: CleanedByline | null = null;
  for (let i = 0; i < labels.length && i < MAX_LABELS; i += 1) {
    const label = labels[i];
    // Most elements are ruled out by their first words, before any text is gathered.
    if (!label || label.children.length > 6 || !MAY_START_BYLINE.test(leadingText(label))) continue;
    const value = label.children.length === 0 ? labelValue(label) : null;
    const text = value ?? byPhraseLine(label);
    if (!text || text.length > MAX_VALUE_LENGTH) continue;
    const level = elsewhereLevel(label);
    if (level === 2 || (level === 1 && fallback)) continue;
    const cleaned = cleanAuthors([text], publisherNames, { handles: value === null && label.querySelector('a') !== null });
    if (cleaned.authors.length === 0 && cleaned.wire.length === 0) continue;
    if (level === 0) return cleaned;
    fallback = cleaned;
  }
  return fallback ?? { authors: [], wire: [] };
}

function labelElements(elements: ArrayLike<Element>): Element[] {
  const found: Element[] = [];
  for (let i = 0; i < elements.length && i < MAX_SCANNED && found.length < MAX_LABELS; i += 1) {
    const element = elements[i];
    if (element && LABEL_TAGS.has(element.localName)) found.push(element);
  }
  return found;
}

// The first words every author label and byword line starts with (after at most a date).
const MAY_START_BYLINE = /^[\d.:/\s-]{0,20}(?:autor\p{L}*|author\p{L}*|auteur\p{L}*|autore|autori|written|by|von|par|por|door|af|av|text|texte|tekst|forfatter|författare|geschrieben|verfasst|eingestellt|posted|écrit|escrito)(?!\p{L})/iu;
const MAX_LEADING_NODES = 12;

// The element's first non-blank text node, trimmed (depth-first, a few nodes at most).
function leadingText(element: Element): string {
  const stack: Node[] = [];
  for (let child = element.lastChild; child; child = child.previousSibling) stack.push(child);
  for (let visited = 0; stack.length > 0 && visited < MAX_LEADING_NODES; visited += 1) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const text = (node.nodeValue ?? '').trimStart();
      if (text !== '') return text.slice(0, 60);
    } else if (node.nodeType === 1) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return '';
}

// The value of a label element, or null when the element is no author label.
function labelValue(label: Element): string | null {
  const labelText = cleanText(label.textContent);
  if (labelText.length > 30 || !AUTHOR_LABEL.test(labelText)) return null;
  return valueAfter(label, labelText);
}

// "Text von Jakob Wendler Illustration von Lena Ostrowski": the line from its byword on.
function byPhraseLine(element: Element): string | null {
  const text = spacedText(element, MAX_BY_LINE);
  if (!text) return null;
  const match = BY_PHRASE.exec(text);
  return match ? text.slice(match[0].length).split(/\s{2,}|\s(?=\p{Lu}\p{Ll}+\s+(?:von|by|par)\s)/u)[0] ?? null : null;
}

// The value is the definition after a <dt>/<th>, else the rest of the label's parent, else the text that follows it.
function valueAfter(label: Element, labelText: string): string | null {
  if (label.localName === 'dt' || label.localName === 'th') return cleanText(label.nextElementSibling?.textContent) || null;
  const parent = label.parentElement;
  if (!parent) return null;
  const whole = cleanText(parent.textContent);
  if (whole.startsWith(labelText)) return whole.slice(labelText.length).replace(/^[\s:]+/, '') || null;
  return textAfter(label);
}

// "<h5>Autor: </h5>Peter Maahn/SP-X <br>": the text nodes and inline elements after the label, up to a break.
function textAfter(label: Element): string | null {
  const parts: string[] = [];
  for (let node = label.nextSibling; node && parts.length < 6; node = node.nextSibling) {
    if (node.nodeType === 3) parts.push(node.nodeValue ?? '');
    else if (node.nodeType === 1 && /^(?:a|span|strong|b|em|i)$/.test((node as Element).localName)) parts.push(` ${(node as Element).textContent ?? ''} `);
    else break;
  }
  return cleanText(parts.join('')) || null;
}
