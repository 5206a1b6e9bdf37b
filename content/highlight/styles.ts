// The one stylesheet for marks and flashes, built from the shared palette, and written so hostile page CSS cannot hide them.
import { ENTITY_TYPES, PALETTE, parseColour, schemeForBackground, type ColourScheme } from '../../src/palette';
import { FLASH_TAG, MARK_TAG, STYLE_ID } from './own-elements';
import { pageMayStylePseudoElements } from './pseudo-rules';

/*
 * Why it is built this way:
 * - Every rule sits in the cascade layer `newslens` and is !important. For important declarations the layer order
 *   is reversed: an important declaration in a layer beats every unlayered important one, whatever its specificity,
 *   so `* { display: none !important }` or `:not(p) { all: unset !important }` lose to ours. The stylesheet goes
 *   first in the document so that our layer is declared before any of the page's own layers, which makes it the
 *   strongest of them too.
 * - `all: revert` first throws away whatever the page set on unknown elements (display, position, z-index,
 *   transforms, pseudo content), falling back to the browser's defaults (inline, inheriting the font); the
 *   declarations after it then add our colours. Custom properties are not reset by `all`, and we use none.
 * - The mark sets its text colour along with its tint (the palette's pairs meet WCAG AA), so the page's text colour
 *   never lands on a tint it was not chosen for; the scheme follows the article's own background.
 * - Content the page gives ::before / ::after is taken away, but only when a page stylesheet may give some
 *   (`pseudoElements`, see pseudo-rules.ts): the rule costs two extra styles per mark, half the style work of a big page.
 */
export function stylesheetText(scheme: ColourScheme, pseudoElements = true): string {
  const colours = PALETTE[scheme];
  const perType = ENTITY_TYPES.map((type) => {
    const c = colours[type];
    return `${MARK_TAG}[data-type="${type}"] { background-color: ${c.background} !important; color: ${c.text} !important;` +
      ` box-shadow: inset 0 -2px 0 ${c.underline} !important; outline-color: ${c.underline} !important; }`;
  }).join('\n  ');
  const other = colours.other;
  return `@layer newslens {
  ${MARK_TAG}, ${FLASH_TAG} {
    all: revert !important;
    display: inline !important;
    visibility: visible !important;
    opacity: 1 !important;
    position: static !important;
    float: none !important;
    transform: none !important;
    filter: none !important;
    clip-path: none !important;
    pointer-events: auto !important;
    -webkit-text-fill-color: currentcolor !important;
    border-radius: 2px !important;
    box-decoration-break: clone !important;
    -webkit-box-decoration-break: clone !important;
  }
  ${MARK_TAG} { background-color: ${other.background} !important; color: ${other.text} !important; cursor: default !important; }
  ${perType}
  ${MARK_TAG}:focus-visible { outline-style: solid !important; outline-width: 2px !important; outline-offset: 1px !important; }
  ${pseudoElements ? `${MARK_TAG}::before, ${MARK_TAG}::after, ${FLASH_TAG}::before, ${FLASH_TAG}::after { content: none !important; display: none !important; }` : ''}
  ${MARK_TAG}[data-newslens-flash], ${FLASH_TAG} {
    outline: 3px solid ${scheme === 'dark' ? '#ffd166' : '#b45309'} !important;
    outline-offset: 2px !important;
    animation: newslens-flash 0.5s ease-in-out 3 alternate !important;
  }
  @keyframes newslens-flash { from { outline-color: transparent; } to { outline-color: ${scheme === 'dark' ? '#ffd166' : '#b45309'}; } }
  @media (prefers-reduced-motion: reduce) {
    ${MARK_TAG}[data-newslens-flash], ${FLASH_TAG} { animation: none !important; }
  }
}
`;
}

/** Our stylesheet in the page: a <style> in the head, or an adopted sheet where the page's CSP refuses inline styles. */
export class PageStyles {
  private element: HTMLStyleElement | null = null;
  private adopted: CSSStyleSheet | null = null;

  constructor(private readonly doc: Document) {}

  /** Adds the stylesheet, or replaces its colours when the scheme changed; puts it back if the page removed it. */
  apply(scheme: ColourScheme): void {
    const own = new Set([this.element?.sheet ?? null, this.adopted]);
    const text = stylesheetText(scheme, pageMayStylePseudoElements(this.doc, own));
    if (this.adopted) {
      this.adopted.replaceSync(text);
      return;
    }
    if (!this.element) {
      this.element = this.doc.createElement('style');
      this.element.id = STYLE_ID;
    }
    if (this.element.textContent !== text) this.element.textContent = text;
    // Never inside <body>: the style's text would become part of the page's text.
    const head = this.doc.head ?? this.doc.documentElement;
    if (this.element.parentNode !== head || head.firstChild !== this.element) head.insertBefore(this.element, head.firstChild);
    if (!this.element.sheet && typeof CSSStyleSheet === 'function' && 'adoptedStyleSheets' in this.doc) this.adopt(text);
  }

  remove(): void {
    this.element?.remove();
    this.element = null;
    if (this.adopted) {
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((sheet) => sheet !== this.adopted);
      this.adopted = null;
    }
  }

  private adopt(text: string): void {
    try {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      this.element?.remove();
      this.element = null;
      this.adopted = sheet;
    } catch {
      // Left with the <style>; marks then show in the browser's default look, still readable.
    }
  }
}

/** The colour scheme of the background behind an element: the first opaque background up its ancestors. */
export function schemeBehind(el: Element | null): ColourScheme {
  const view = el?.ownerDocument.defaultView;
  if (!el || !view) return 'light';
  for (let at: Element | null = el; at; at = at.parentElement) {
    const background = view.getComputedStyle(at).backgroundColor;
    if (parseColour(background ?? '')) return schemeForBackground(background);
  }
  // No background anywhere: the browser's canvas, which is dark only when the page opts into dark and the reader prefers it.
  const root = view.getComputedStyle(el.ownerDocument.documentElement);
  const optsIn = (root.getPropertyValue('color-scheme') ?? '').includes('dark');
  return optsIn && view.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
