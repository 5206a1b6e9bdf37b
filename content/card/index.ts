// Hover cards: one delegated listener per event type opens, moves and closes the card of the mark under the pointer or focus.
import type { Analysis } from '../../src/analysis';
import { entityDetails } from './details';
import { createCardHost, type CardHost } from './host';
import { cardTranslator, type GetMessage } from './i18n';
import { entityOf, groupIndex, markOf, mentionMarks } from './marks';
import { anchorBox, placeCard } from './position';
import { renderCard } from './render';

export interface CardOptions {
  /** `browser.i18n.getMessage` or a stand-in; the English texts are used for anything it does not know. */
  getMessage?: GetMessage;
  /** How long the pointer rests on a mark before its card opens, so sweeping over a paragraph opens nothing. */
  openDelayMs?: number;
  /** How long the card waits after the pointer leaves, so the pointer can cross the gap into the card. */
  closeDelayMs?: number;
}

export interface Cards {
  /** The mark the card is open on, or null. */
  readonly anchor: Element | null;
  readonly host: HTMLElement;
  /** Opens the card on `mark` now (the popup's "show me" can use it); false when the Analysis has no such entity. */
  openFor(mark: Element): boolean;
  close(): void;
}

export const OPEN_DELAY_MS = 120;
export const CLOSE_DELAY_MS = 300;

/**
 * Starts the hover cards for the marks in `doc`, reading entities from `getAnalysis()` when a card opens, until
 * `signal` aborts: then every listener goes and the card's host leaves the page.
 */
export function startCards(doc: Document, getAnalysis: () => Analysis | null | undefined, signal: AbortSignal, options: CardOptions = {}): Cards {
  const openDelay = options.openDelayMs ?? OPEN_DELAY_MS;
  const closeDelay = options.closeDelayMs ?? CLOSE_DELAY_MS;
  const t = cardTranslator(options.getMessage);
  const host: CardHost = createCardHost(doc);

  let anchor: Element | null = null;
  let pointerInside = false;
  let focusInside = false;
  let pointer: { x: number; y: number } | null = null;
  let pendingMark: Element | null = null;
  let openTimer: ReturnType<typeof setTimeout> | undefined;
  let closeTimer: ReturnType<typeof setTimeout> | undefined;
  let contentListeners = new AbortController();
  // Set while we move focus ourselves, so that focus does not reopen what Escape just closed.
  let focusingQuietly = false;
  // While a card is open: its mark may leave the page (highlights removed or redrawn, the page's own scripts).
  const Observer = globalThis.MutationObserver ?? doc.defaultView?.MutationObserver;
  const watcher = Observer ? new Observer(() => {
    if (anchor && !anchor.isConnected) close();
  }) : null;

  const cancelOpen = () => {
    clearTimeout(openTimer);
    pendingMark = null;
  };
  const cancelClose = () => clearTimeout(closeTimer);
  const isCard = (target: EventTarget | null) => target === host.element;
  const isInside = (target: EventTarget | null) => isCard(target) || (anchor !== null && markOf(target) === anchor);

  function viewport() {
    const view = doc.defaultView;
    const root = doc.documentElement;
    const innerWidth = view?.innerWidth ?? root.clientWidth;
    const innerHeight = view?.innerHeight ?? root.clientHeight;
    // clientWidth leaves out a scroll bar; innerWidth covers a quirks-mode page whose root is taller than the window.
    return { width: Math.min(innerWidth, root.clientWidth || innerWidth), height: Math.min(innerHeight, root.clientHeight || innerHeight) };
  }

  function place() {
    if (!anchor) return;
    // Highlights redrawn or removed under an open card: its mark is gone, and so is the card.
    if (!anchor.isConnected) {
      close();
      return;
    }
    const box = anchorBox(Array.from(anchor.getClientRects()), anchor.getBoundingClientRect(), pointerInside ? pointer : null);
    const view = viewport();
    // Scrolled out of sight: a card pinned to the edge would belong to nothing the reader sees. Focus keeps it.
    const outOfSight = box.bottom < 0 || box.top > view.height || box.right < 0 || box.left > view.width;
    if (outOfSight && !focusInside) {
      close();
      return;
    }
    // Measured at its natural height, then cut to the room beside the mark if need be.
    host.limitHeight(null);
    const placement = placeCard(box, host.size(), view);
    host.limitHeight(placement.maxHeight);
    host.moveTo(placement.top, placement.left);
    host.element.setAttribute('data-side', placement.side);
  }

  function close() {
    cancelOpen();
    cancelClose();
    anchor = null;
    pointerInside = focusInside = false;
    contentListeners.abort();
    watcher?.disconnect();
    host.hide();
  }

  function scheduleClose() {
    cancelClose();
    if (!pointerInside && !focusInside) closeTimer = setTimeout(close, closeDelay);
  }

  function navigate(step: 1 | -1) {
    const id = anchor && entityOf(anchor);
    if (!anchor || !id) return;
    const groups = mentionMarks(doc, id);
    if (groups.length < 2) return;
    const at = groupIndex(groups, anchor);
    const index = at < 0 ? (step > 0 ? 0 : groups.length - 1) : (at + step + groups.length) % groups.length;
    const target = groups[index]![0]!;
    // 'instant': a page's `scroll-behavior: smooth` would leave the card beside a mark still off screen.
    if (typeof target.scrollIntoView === 'function') target.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    (target as HTMLElement).focus?.({ preventScroll: true });
    // Focus opens the card there (focusin below); a mark the highlighter left unfocusable still gets it.
    if (anchor !== target) openFor(target, 'focus');
  }

  /** Opens on `mark`; `via` says what keeps it open (the pointer resting on it, or focus in it). */
  function openFor(mark: Element, via: 'pointer' | 'focus'): boolean {
    cancelOpen();
    cancelClose();
    const analysis = getAnalysis();
    const id = entityOf(mark);
    const details = analysis && id ? entityDetails(analysis, id) : null;
    if (!details || !id || signal.aborted) return false;
    const groups = mentionMarks(doc, id);
    contentListeners.abort();
    contentListeners = new AbortController();
    const card = renderCard(doc, details, { position: groupIndex(groups, mark) + 1, total: groups.length }, t, {
      previous: () => navigate(-1),
      next: () => navigate(1),
      close: () => closeAndReturnFocus(),
    }, contentListeners.signal);
    host.setContent(card);
    anchor = mark;
    pointerInside = via === 'pointer';
    focusInside = via === 'focus';
    host.showAfter(mark);
    watcher?.observe(doc.documentElement, { childList: true, subtree: true });
    place();
    return true;
  }

  function focusQuietly(mark: Element) {
    focusingQuietly = true;
    try {
      (mark as HTMLElement).focus?.({ preventScroll: true });
    } finally {
      focusingQuietly = false;
    }
  }

  function closeAndReturnFocus() {
    const mark = anchor;
    const focusInCard = doc.activeElement === host.element;
    close();
    if (mark && focusInCard) focusQuietly(mark);
  }

  const listen = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void, capture = false) =>
    doc.addEventListener(type, handler, { signal, capture, passive: true });

  listen('mouseover', (event) => {
    if (isCard(event.target)) {
      pointerInside = true;
      cancelClose();
      return;
    }
    const mark = markOf(event.target);
    if (!mark) return;
    pointer = { x: event.clientX, y: event.clientY };
    if (mark === anchor) {
      pointerInside = true;
      cancelClose();
      return;
    }
    // Someone working inside the card with the keyboard keeps it, wherever the pointer wanders.
    if (anchor && doc.activeElement === host.element) return;
    if (pendingMark === mark) return;
    cancelOpen();
    pendingMark = mark;
    openTimer = setTimeout(() => {
      pendingMark = null;
      openFor(mark, 'pointer');
    }, openDelay);
  });

  listen('mouseout', (event) => {
    const from = markOf(event.target);
    if (from && from === pendingMark && markOf(event.relatedTarget) !== from) cancelOpen();
    if (!anchor || !isInside(event.target) || isInside(event.relatedTarget)) return;
    pointerInside = false;
    scheduleClose();
  });

  listen('focusin', (event) => {
    if (focusingQuietly) return;
    if (isInside(event.target)) {
      focusInside = true;
      cancelClose();
      return;
    }
    const mark = markOf(event.target);
    if (mark) openFor(mark, 'focus');
  });

  listen('focusout', (event) => {
    if (!anchor || !isInside(event.target) || isInside(event.relatedTarget)) return;
    focusInside = false;
    scheduleClose();
  });

  listen('keydown', (event) => {
    if (event.key === 'Escape' && anchor) closeAndReturnFocus();
  });

  // Scrolling anywhere (capture: scroll does not bubble from inner scrollers) or resizing keeps the card beside its mark.
  listen('scroll', () => place(), true);
  doc.defaultView?.addEventListener('resize', () => place(), { signal, passive: true });

  signal.addEventListener('abort', () => {
    close();
    host.element.remove();
  }, { once: true });

  return {
    get anchor() {
      return anchor;
    },
    host: host.element,
    openFor(mark) {
      // Opened from outside (the popup): it stays until Escape, or until focus or the pointer comes and goes.
      return openFor(mark, doc.activeElement === mark ? 'focus' : 'pointer');
    },
    close,
  };
}
