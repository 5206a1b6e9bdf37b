// The <newslens-card> element: an open shadow root holding the card, on top of the page whatever the page's CSS says.
import { CARD_CSS } from './styles';

export const HOST_TAG = 'newslens-card';
/** The largest z-index browsers accept; in the top layer (popover) it does not even matter. */
export const TOP_Z_INDEX = '2147483647';
/** The card's height limit when it must not cover its mark (read by CARD_CSS). */
export const MAX_HEIGHT_PROPERTY = '--newslens-card-max-height';

/*
 * Inline !important beats every author rule a page can write for these properties, `* { display: none }`,
 * `all: unset` and huge z-indexes included. Not `all` itself: that would pin the text spacing properties too,
 * which readers' own spacing styles must be able to change (WCAG 1.4.12); inside, the card resets them anyway.
 */
const HOST_STYLE: [string, string][] = [
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', 'auto'],
  ['top', '0px'],
  ['left', '0px'],
  ['z-index', TOP_Z_INDEX],
  ['margin', '0'],
  ['padding', '0'],
  ['border', 'none'],
  ['width', 'auto'],
  ['height', 'auto'],
  ['max-width', 'none'],
  ['max-height', 'none'],
  ['overflow', 'visible'],
  ['background', 'transparent'],
  ['visibility', 'visible'],
  ['opacity', '1'],
  ['transform', 'none'],
  ['filter', 'none'],
  ['clip-path', 'none'],
  ['pointer-events', 'auto'],
  ['contain', 'none'],
  ['content-visibility', 'visible'],
  ['min-width', '0'],
  ['min-height', '0'],
  ['float', 'none'],
  ['outline', 'none'],
  ['box-shadow', 'none'],
  ['mix-blend-mode', 'normal'],
  ['isolation', 'auto'],
  ['mask', 'none'],
  ['translate', 'none'],
  ['rotate', 'none'],
  ['scale', 'none'],
  ['zoom', '1'],
  ['transition', 'none'],
  ['animation', 'none'],
];

export interface CardHost {
  readonly element: HTMLElement;
  readonly root: ShadowRoot;
  /** Replaces the card's content. */
  setContent(card: HTMLElement): void;
  /** Puts the host into the page right after `mark` (so Tab goes from the mark into the card) and shows it. */
  showAfter(mark: Element): void;
  moveTo(top: number, left: number): void;
  /** Keeps the card to `height` pixels (it scrolls inside), or lets it take what the viewport allows. */
  limitHeight(height: number | null): void;
  size(): { width: number; height: number };
  /** Takes the host out of the page. */
  hide(): void;
  readonly shown: boolean;
}

function styleSheet(doc: Document, root: ShadowRoot): void {
  // A constructed sheet is not an inline <style>, so a page's Content-Security-Policy cannot refuse it.
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  try {
    if (view && 'adoptedStyleSheets' in root && typeof view.CSSStyleSheet === 'function') {
      const sheet = new view.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
      if (root.adoptedStyleSheets.length === 1) return;
    }
  } catch {
    // Firefox can refuse a sheet made in the content script's compartment; a <style> element does the same job.
  }
  const style = doc.createElement('style');
  style.textContent = CARD_CSS;
  root.append(style);
}

function supportsPopover(element: HTMLElement): boolean {
  return typeof element.showPopover === 'function';
}

export function createCardHost(doc: Document): CardHost {
  const element = doc.createElement(HOST_TAG);
  for (const [property, value] of HOST_STYLE) element.style.setProperty(property, value, 'important');
  // The top layer is above every z-index and outside every ancestor's overflow, transform and stacking context.
  if (supportsPopover(element)) element.setAttribute('popover', 'manual');
  const root = element.attachShadow({ mode: 'open' });
  styleSheet(doc, root);
  let content: HTMLElement | null = null;

  return {
    element,
    root,
    setContent(card) {
      content?.remove();
      content = card;
      root.append(card);
    },
    showAfter(mark) {
      if (mark.nextSibling !== element) mark.after(element);
      if (supportsPopover(element) && !element.matches(':popover-open')) {
        try {
          element.showPopover();
        } catch {
          // Not in the top layer: the fixed position and z-index above still show it.
        }
      }
    },
    moveTo(top, left) {
      element.style.setProperty('top', `${Math.round(top)}px`, 'important');
      element.style.setProperty('left', `${Math.round(left)}px`, 'important');
    },
    limitHeight(height) {
      // A custom property: `all` never resets those, and it inherits into the shadow root.
      if (height === null) element.style.removeProperty(MAX_HEIGHT_PROPERTY);
      else element.style.setProperty(MAX_HEIGHT_PROPERTY, `${Math.round(height)}px`, 'important');
    },
    size() {
      const { width, height } = element.getBoundingClientRect();
      return { width, height };
    },
    hide() {
      element.remove();
    },
    get shown() {
      return element.isConnected;
    },
  };
}
