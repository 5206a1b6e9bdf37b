// Finds a byline written as a label and a value ("<strong>Autorin/Autor</strong> Jane Doe", "<dt>Author</dt><dd>…</dd>").
import { cleanText } from '../../text/normalize';
import { cleanAuthors, type CleanedByline } from './authors';
import { elsewhereLevel } from './dom-near';

// The label alone, as fact boxes and side columns print it: "Author", "Autorin/Autor", "Auteur :", "Texte".
const AUTHOR_LABEL = /^(?:autor(?:in|en|innen)?|authors?|written by|auteur(?:e|es|s)?|autore|autori|autora|autores|forfatter|författare|text|texte|tekst)(?:\s*[/|]\s*(?:autor(?:in|en|innen)?|authors?|auteur(?:e|s)?))?\s*:?$/i;
const LABEL_SELECTOR = 'strong, b, dt, th, label, span, em';
const MAX_LABELS = 3_000;
const MAX_VALUE_LENGTH = 120;

/** People named after an author label outside teasers and comments; the first label with a name wins. */
export function labelledByline(doc: Document, publisherNames: string[]): CleanedByline {
  const labels = doc.querySelectorAll(LABEL_SELECTOR);
  for (let i = 0; i < labels.length && i < MAX_LABELS; i += 1) {
    const label = labels[i];
    if (!label || label.children.length > 0) continue;
    const labelText = cleanText(label.textContent);
    if (labelText.length > 30 || !AUTHOR_LABEL.test(labelText)) continue;
    const value = valueAfter(label, labelText);
    if (!value || value.length > MAX_VALUE_LENGTH || elsewhereLevel(label) > 0) continue;
    const cleaned = cleanAuthors([value], publisherNames);
    if (cleaned.authors.length > 0 || cleaned.wire.length > 0) return cleaned;
  }
  return { authors: [], wire: [] };
}

// The value is the definition after a <dt>/<th>, else the rest of the label's parent.
function valueAfter(label: Element, labelText: string): string | null {
  if (label.localName === 'dt' || label.localName === 'th') return cleanText(label.nextElementSibling?.textContent) || null;
  const parent = label.parentElement;
  if (!parent) return null;
  const whole = cleanText(parent.textContent);
  if (!whole.startsWith(labelText)) return null;
  return whole.slice(labelText.length).replace(/^[\s:]+/, '') || null;
}
