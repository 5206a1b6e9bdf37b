// The lead figure: the first picture near the headline or at the top of the body, with caption and credit.
import type { ArticleImage } from '../../analysis';
import { cleanOrNull, cleanText } from '../../text/normalize';
import { splitCaptionCredit } from './caption-credit';
import type { ElementStats } from './measure';
import { CAPTION_NAMES, CREDIT_NAMES, nameParts } from './vocabulary';
import { absoluteHref } from './related';

/**
 * The lead figure: the first <figure> (or image block with a caption) after the headline and before the
 * body's first paragraphs end; null when the page has none there.
 */
export function findLeadFigure(
  scope: Element,
  stats: Map<Element, ElementStats>,
  window: { after: number; before: number },
  base: string | null,
): { image: ArticleImage; element: Element } | null {
  // Simple selectors only: attribute-substring selectors are compiled anew on every call in some DOMs.
  for (const found of Array.from(scope.querySelectorAll('figure, img'))) {
    // A picture before the headline is not the lead figure; skip it before looking at its surroundings.
    if ((stats.get(found)?.order ?? -1) < window.after) continue;
    const figure = found.localName === 'img' ? (found.closest('figure') ?? imageContainer(found, stats)) : found;
    const st = stats.get(figure);
    const order = st?.order;
    if (order === undefined || order < window.after || order > window.before) continue;
    // A figure holds a picture and a caption; a wrapper with paragraphs of text is not one.
    if ((st?.text ?? 0) > 600 || (st?.prose ?? 0) > 300) continue;
    if (figure.closest('nav, footer, aside, a')) continue;
    const img = figure.localName === 'img' ? figure : figure.querySelector('img');
    if (!img) continue;
    return { image: readFigure(figure, img, base), element: figure };
  }
  return null;
}

/**
 * The block around a bare <img>: the nearest ancestor named like an image box, else its parent, else the
 * picture alone when the parent is text that the picture illustrates (a paragraph, a short story's box).
 */
function imageContainer(img: Element, stats: Map<Element, ElementStats>): Element {
  let node = img.parentElement;
  for (let level = 0; node && level < 3; level += 1, node = node.parentElement) {
    if (IMAGE_BOX.test(nameParts(node)) || node.getAttribute('itemprop') === 'image') return node;
  }
  const parent = img.parentElement;
  if (!parent) return img;
  // Text length decides first; the heading lookup only runs on small boxes.
  const textual = (stats.get(parent)?.text ?? 0) >= MIN_TEXT_AROUND || parent.querySelector('h1, h2, h3, h4, h5, h6') !== null;
  return textual && !hasCaptionChild(parent) ? img : parent;
}

/** Text beyond a caption's length: the words around the picture are story text, not its caption. */
const MIN_TEXT_AROUND = 80;

function hasCaptionChild(el: Element): boolean {
  return Array.from(el.children).some((child) => child.localName === 'figcaption' || CAPTION_NAMES.test(nameParts(child)) || CREDIT_NAMES.test(nameParts(child)));
}

const IMAGE_BOX = / (figure|image|img|photo|picture|media|hero|lead ?image|image ?container|image ?wrapper|visual|foto|bild) /;

function readFigure(figure: Element, img: Element, base: string | null): ArticleImage {
  const src = imageSource(img, base);
  const alt = cleanOrNull(img.getAttribute('alt'));
  const captionEl =
    figure.querySelector('figcaption') ??
    Array.from(figure.querySelectorAll('[class], [itemprop="caption"]')).find((el) => el.getAttribute('itemprop') === 'caption' || CAPTION_NAMES.test(nameParts(el))) ??
    null;
  const creditEl =
    Array.from(figure.querySelectorAll('[class], [itemprop]')).find(
      (el) => el !== captionEl && !el.contains(captionEl) && (/copyrightHolder|creditText|author/.test(el.getAttribute('itemprop') ?? '') || CREDIT_NAMES.test(nameParts(el))),
    ) ?? null;
  const creditText = creditEl ? cleanText(creditEl.textContent) : null;
  const captionText = captionEl ? textWithout(captionEl, creditEl) : '';
  const { caption, credit } = splitCaptionCredit(captionText, creditText || null);
  return { src, alt, caption, credit };
}

/** The caption's text without the credit element inside it. */
function textWithout(el: Element, skip: Element | null): string {
  if (!skip || !el.contains(skip)) return el.textContent ?? '';
  let text = '';
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node === skip) continue;
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeType === 1) text += textWithout(node as Element, skip);
  }
  return text;
}

// Lazy-loading pages keep the real address in data-src or srcset; the src is often a placeholder.
function imageSource(img: Element, base: string | null): string | null {
  const src = img.getAttribute('src');
  const lazy = img.getAttribute('data-src') ?? img.getAttribute('data-lazy-src') ?? img.getAttribute('data-original');
  const srcset = img.getAttribute('srcset') ?? img.getAttribute('data-srcset');
  const fromSet = srcset ? srcset.split(',')[0]?.trim().split(/\s+/)[0] : undefined;
  for (const candidate of [src && !src.startsWith('data:') ? src : null, lazy, fromSet]) {
    const href = absoluteHref(candidate ?? null, base);
    if (href) return href;
  }
  return null;
}
