// @vitest-environment jsdom
// The hover card on a highlighted page: opening and closing by pointer, focus and Escape, contents, navigation,
// placement on screen, hostile page CSS, and a teardown that leaves nothing behind.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startCards, CLOSE_DELAY_MS, OPEN_DELAY_MS, type Cards } from '../../../content/card';
import { NAME_ID } from '../../../content/card/render';
import type { Analysis } from '../../../src/analysis';
import { fixtureAnalysis, PAGE_HTML } from './fixture';

let controller: AbortController;
let cards: Cards;
let analysis: Analysis | null;

const marks = (id: string) => [...document.querySelectorAll(`newslens-mark[data-entity="${id}"]`)] as HTMLElement[];
const card = () => cards.host.shadowRoot!.querySelector('.card') as HTMLElement | null;
const shown = () => cards.host.isConnected && card() !== null;
const text = (selector: string) => card()!.querySelector(selector)?.textContent ?? null;
const button = (name: 'previous' | 'next' | 'close') => card()!.querySelector(`button.${name}`) as HTMLButtonElement;

function mouse(type: 'mouseover' | 'mouseout', target: Element, relatedTarget: Element | null = null, at = { x: 10, y: 10 }) {
  target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, relatedTarget, clientX: at.x, clientY: at.y }));
}
function key(target: Element, name: string) {
  target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, composed: true }));
}
function rect(left: number, top: number, width: number, height: number): DOMRect {
  return { left, top, width, height, right: left + width, bottom: top + height, x: left, y: top, toJSON: () => ({}) } as DOMRect;
}
function viewport(width: number, height: number) {
  Object.defineProperty(window, 'innerWidth', { value: width, configurable: true });
  Object.defineProperty(window, 'innerHeight', { value: height, configurable: true });
}
/** jsdom has no layout: give an element a box, and the card a size. */
function layOut(element: Element, box: DOMRect) {
  element.getBoundingClientRect = () => box;
  element.getClientRects = () => [box] as unknown as DOMRectList;
}
const hostPosition = () => ({ top: parseFloat(cards.host.style.top), left: parseFloat(cards.host.style.left) });

beforeEach(() => {
  vi.useFakeTimers();
  document.head.textContent = '';
  document.body.innerHTML = PAGE_HTML;
  viewport(1024, 768);
  analysis = fixtureAnalysis();
  controller = new AbortController();
  cards = startCards(document, () => analysis, controller.signal, { getMessage: () => '' });
  cards.host.getBoundingClientRect = () => rect(0, 0, 300, 200);
});

afterEach(() => {
  controller.abort();
  vi.useRealTimers();
});

describe('opening and closing', () => {
  it('opens after the pointer rests on a mark, and not when it only passes over', () => {
    const [first] = marks('e1');
    mouse('mouseover', first!);
    vi.advanceTimersByTime(OPEN_DELAY_MS - 10);
    expect(shown()).toBe(false);
    vi.advanceTimersByTime(20);
    expect(shown()).toBe(true);
    expect(cards.anchor).toBe(first);

    // Sweeping over another mark and off it again before the delay opens nothing new.
    const place = marks('e2')[0]!;
    mouse('mouseover', place);
    mouse('mouseout', place, document.body);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 3);
    expect(cards.anchor).toBe(first);
  });

  it('closes a short while after the pointer leaves, unless it moves into the card', () => {
    const first = marks('e1')[0]!;
    mouse('mouseover', first);
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    mouse('mouseout', first, document.body);
    vi.advanceTimersByTime(CLOSE_DELAY_MS / 2);
    expect(shown()).toBe(true);
    // The pointer crosses the gap and arrives on the card: it stays.
    mouse('mouseover', card()!);
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(shown()).toBe(true);
    // And leaves the card for the page: it goes.
    mouse('mouseout', card()!, document.body);
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(shown()).toBe(false);
    expect(cards.anchor).toBeNull();
  });

  it('opens at once on keyboard focus and closes when focus moves on to the page', () => {
    const first = marks('e1')[0]!;
    first.focus();
    expect(shown()).toBe(true);
    expect(cards.anchor).toBe(first);
    document.getElementById('link')!.focus();
    vi.advanceTimersByTime(CLOSE_DELAY_MS);
    expect(shown()).toBe(false);
  });

  it('closes on Escape and gives focus back to the mark when it was in the card', () => {
    const first = marks('e1')[0]!;
    first.focus();
    button('next').focus();
    expect(document.activeElement).toBe(cards.host);
    expect(cards.host.shadowRoot!.activeElement).toBe(button('next'));
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(shown()).toBe(true);

    key(button('next'), 'Escape');
    expect(shown()).toBe(false);
    expect(document.activeElement).toBe(first);
    // Getting focus back does not reopen what Escape closed.
    vi.advanceTimersByTime(CLOSE_DELAY_MS * 2);
    expect(shown()).toBe(false);
  });

  it('closes on Escape from the mark itself, leaving focus there, and never cancels the page\'s own key handling', () => {
    const first = marks('e1')[0]!;
    first.focus();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true });
    first.dispatchEvent(escape);
    expect(escape.defaultPrevented).toBe(false);
    expect(shown()).toBe(false);
    expect(document.activeElement).toBe(first);
  });

  it('the close button closes and returns focus to the mark', () => {
    const first = marks('e1')[0]!;
    first.focus();
    button('close').focus();
    button('close').click();
    expect(shown()).toBe(false);
    expect(document.activeElement).toBe(first);
  });

  it('stays shut for a mark whose entity the Analysis does not know, or before there is an Analysis', () => {
    analysis = null;
    marks('e1')[0]!.focus();
    expect(shown()).toBe(false);
    analysis = fixtureAnalysis({ entities: [] });
    marks('e2')[0]!.focus();
    expect(shown()).toBe(false);
  });

  it('does not cancel pointer or focus events of the page', () => {
    const first = marks('e1')[0]!;
    const over = new MouseEvent('mouseover', { bubbles: true, cancelable: true });
    first.dispatchEvent(over);
    const focus = new FocusEvent('focusin', { bubbles: true, cancelable: true });
    first.dispatchEvent(focus);
    expect(over.defaultPrevented || focus.defaultPrevented).toBe(false);
  });
});

describe('contents', () => {
  it('shows name, type, role with affiliation, mentions, quotes and facts with sources', () => {
    marks('e1')[0]!.focus();
    const dialog = card()!;
    expect(dialog.getAttribute('role')).toBe('dialog');
    expect(dialog.getAttribute('aria-labelledby')).toBe(NAME_ID);
    expect(cards.host.shadowRoot!.getElementById(NAME_ID)!.textContent).toBe('Mara Okonkwo');
    expect(text('.type')).toBe('Person');
    expect(text('.role')).toBe('Minister of Ports, Veldmark');
    expect(text('.count')).toBe('Mentioned 3 times');
    expect(text('.position')).toBe('1 of 3');
    expect([...dialog.querySelectorAll('.quote')].map((q) => q.textContent)).toEqual([
      '“The new quay opens in spring, and not a day later.”', 'the union would be consulted on every shift',
    ]);
    expect([...dialog.querySelectorAll('li:has(.fact)')].map((li) => `${li.querySelector('.fact')!.textContent} | ${li.querySelector('.source')!.textContent}`)).toEqual([
      'Mara Okonkwo met the Harbour Workers Union in Veldmark. | Source: Coastline Wire',
      'The Harbour Workers Union wrote to Mara Okonkwo. | Source: Harbour Workers Union',
      'Okonkwo is Minister of Ports of Veldmark. | Source: unnamed',
    ]);
    // Every list is labelled by the heading above it.
    for (const list of dialog.querySelectorAll('ul')) expect(cards.host.shadowRoot!.getElementById(list.getAttribute('aria-labelledby')!)).not.toBeNull();
  });

  it('leaves out sections it has nothing for, and says when a fact has no source', () => {
    marks('e4')[0]!.focus();
    expect(text('.type')).toBe('Event');
    expect(text('.role')).toBeNull();
    expect(text('.count')).toBe('Mentioned once');
    expect(card()!.querySelectorAll('.quote')).toHaveLength(0);
    expect(text('.source')).toBe('No source given');
    // One highlighted mention: no buttons that would go nowhere.
    expect(card()!.querySelectorAll('button.previous, button.next, .position')).toHaveLength(0);
  });

  it('shows a name that looks like markup as text, never as HTML', () => {
    marks('e5')[0]!.focus();
    expect(text('.name')).toBe('<img src=x onerror="window.__pwned=1">Quay <b>7</b>');
    expect(card()!.querySelector('img, b')).toBeNull();
  });

  it('uses the extension\'s messages when it has them', () => {
    controller.abort();
    controller = new AbortController();
    const german: Record<string, string> = { typeSingular_person: 'Mensch', card_mentions_many: '$1 Erwähnungen' };
    cards = startCards(document, () => analysis, controller.signal, {
      getMessage: (k, subs) => (german[k] ?? '').replace('$1', Array.isArray(subs) ? subs[0]! : ''),
    });
    marks('e1')[0]!.focus();
    expect(text('.type')).toBe('Mensch');
    expect(text('.count')).toBe('3 Erwähnungen');
    expect(text('.position')).toBe('1 of 3');
  });
});

describe('navigation between mentions', () => {
  it('next and previous scroll to and focus the entity\'s other marks, wrapping round, counting a split mention once', () => {
    const scrolled: Element[] = [];
    Element.prototype.scrollIntoView = function (this: Element) { scrolled.push(this); };
    const [first, second, third] = marks('e1');
    first!.focus();
    button('next').click();
    expect(document.activeElement).toBe(second);
    expect(scrolled.at(-1)).toBe(second);
    expect(cards.anchor).toBe(second);
    expect(text('.position')).toBe('2 of 3');

    button('next').click();
    expect(document.activeElement).toBe(third);
    expect(text('.position')).toBe('3 of 3');
    // The last mention is split over a link (two marks, one data-mention): next goes round to the first.
    button('next').click();
    expect(document.activeElement).toBe(first);
    button('previous').click();
    expect(document.activeElement).toBe(third);
    expect(text('.position')).toBe('3 of 3');
    // The second piece of the split mention is the same mention.
    marks('e1')[3]!.focus();
    expect(text('.position')).toBe('3 of 3');
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('puts the card right after its mark, so Tab goes from the mark into the card', () => {
    const second = marks('e1')[1]!;
    second.focus();
    expect(second.nextSibling).toBe(cards.host);
    const buttons = [...card()!.querySelectorAll('button')];
    expect(buttons.map((b) => b.className)).toEqual(['close', 'previous', 'next']);
    for (const b of buttons) expect(b.tabIndex).toBe(0);
    // The page's text is unchanged: the host has no text of its own.
    expect(document.getElementById('p2')!.textContent).toBe('Okonkwo said before the Tide Festival: read more');
  });
});

describe('placement', () => {
  it('opens below the mark, aligned with it', () => {
    const first = marks('e1')[0]!;
    layOut(first, rect(100, 100, 90, 18));
    first.focus();
    expect(hostPosition()).toEqual({ top: 124, left: 100 });
    expect(cards.host.getAttribute('data-side')).toBe('below');
  });

  it('flips above near the bottom and moves in from the right edge, wholly on screen', () => {
    viewport(640, 480);
    const first = marks('e1')[0]!;
    layOut(first, rect(600, 440, 90, 18));
    first.focus();
    const { top, left } = hostPosition();
    expect(cards.host.getAttribute('data-side')).toBe('above');
    expect(top + 200).toBeLessThanOrEqual(440);
    expect(left).toBeGreaterThanOrEqual(8);
    expect(left + 300).toBeLessThanOrEqual(640 - 8);
    expect(top).toBeGreaterThanOrEqual(8);
  });

  it('keeps a tall card to the room beside the mark, so it never covers it', () => {
    viewport(800, 600);
    cards.host.getBoundingClientRect = () => rect(0, 0, 300, 700);
    const first = marks('e1')[0]!;
    layOut(first, rect(100, 400, 90, 18));
    first.focus();
    expect(cards.host.getAttribute('data-side')).toBe('above');
    expect(cards.host.style.getPropertyValue('--newslens-card-max-height')).toBe(`${400 - 6 - 8}px`);
    expect(hostPosition().top).toBe(8);
    // A short card on the next opening measures at its natural height again.
    cards.host.getBoundingClientRect = () => rect(0, 0, 300, 200);
    marks('e2')[0]!.focus();
    expect(cards.host.style.getPropertyValue('--newslens-card-max-height')).toBe('');
  });

  it('follows its mark when the page scrolls or the window shrinks', () => {
    const first = marks('e1')[0]!;
    layOut(first, rect(100, 100, 90, 18));
    first.focus();
    layOut(first, rect(100, 50, 90, 18));
    document.dispatchEvent(new Event('scroll'));
    expect(hostPosition().top).toBe(74);
    viewport(320, 700);
    window.dispatchEvent(new Event('resize'));
    expect(hostPosition().left).toBe(320 - 8 - 300);
  });
});

describe('when the page moves on', () => {
  it('closes a card opened by the pointer once its mark scrolls out of sight, but not one the keyboard is using', () => {
    const first = marks('e1')[0]!;
    layOut(first, rect(100, 100, 90, 18));
    mouse('mouseover', first, null, { x: 120, y: 105 });
    vi.advanceTimersByTime(OPEN_DELAY_MS);
    expect(shown()).toBe(true);
    layOut(first, rect(100, -40, 90, 18));
    document.dispatchEvent(new Event('scroll'));
    expect(shown()).toBe(false);

    layOut(first, rect(100, 100, 90, 18));
    first.focus();
    layOut(first, rect(100, -40, 90, 18));
    document.dispatchEvent(new Event('scroll'));
    expect(shown()).toBe(true);
    expect(hostPosition().top).toBeGreaterThanOrEqual(8);
  });

  it('closes when its mark is taken off the page (highlights removed or redrawn)', async () => {
    const first = marks('e1')[0]!;
    first.focus();
    first.replaceWith(...first.childNodes);
    await Promise.resolve();
    expect(shown()).toBe(false);
    expect(cards.anchor).toBeNull();
    // Even with the whole paragraph gone at once.
    marks('e2')[0]!.focus();
    expect(shown()).toBe(true);
    document.getElementById('p1')!.remove();
    await Promise.resolve();
    expect(cards.anchor).toBeNull();
  });
});

describe('hostile page CSS', () => {
  it('keeps the host displayed, fixed and on top with inline !important styles', () => {
    const style = document.createElement('style');
    style.textContent = `* { display: none !important; all: unset; }
      newslens-card { display: none !important; position: static !important; z-index: -1 !important; opacity: 0 !important; visibility: hidden !important; }`;
    document.head.append(style);
    marks('e1')[0]!.focus();
    const host = cards.host;
    for (const [property, value] of [['display', 'block'], ['position', 'fixed'], ['z-index', '2147483647'], ['opacity', '1'], ['visibility', 'visible']]) {
      expect(host.style.getPropertyValue(property!), property).toBe(value);
      expect(host.style.getPropertyPriority(property!), property).toBe('important');
    }
    const computed = getComputedStyle(host);
    expect(computed.display).toBe('block');
    expect(computed.visibility).toBe('visible');
    // The card itself is in an open shadow root that page selectors cannot reach, and resets inheritance.
    expect(host.shadowRoot!.mode).toBe('open');
    const sheet = [...host.shadowRoot!.querySelectorAll('style')].map((s) => s.textContent).join('') ||
      [...host.shadowRoot!.adoptedStyleSheets].map((s) => [...s.cssRules].map((r) => r.cssText).join('')).join('');
    expect(sheet).toMatch(/:where\(\.card, \.card \*\) \{ all: initial;/);
  });

  it('comes back when the page deletes the card', () => {
    const first = marks('e1')[0]!;
    first.focus();
    cards.host.remove();
    first.blur();
    marks('e2')[0]!.focus();
    expect(shown()).toBe(true);
    expect(cards.host.previousSibling).toBe(marks('e2')[0]);
  });
});

describe('teardown', () => {
  it('removes the host and every listener when the signal aborts', () => {
    marks('e1')[0]!.focus();
    expect(document.querySelectorAll('newslens-card')).toHaveLength(1);
    controller.abort();
    expect(document.querySelectorAll('newslens-card')).toHaveLength(0);
    expect(cards.anchor).toBeNull();

    // No listener answers any more: focus, pointer and Escape do nothing.
    marks('e2')[0]!.focus();
    mouse('mouseover', marks('e3')[0]!);
    vi.advanceTimersByTime(OPEN_DELAY_MS * 2);
    expect(document.querySelectorAll('newslens-card')).toHaveLength(0);
    expect(cards.openFor(marks('e1')[0]!)).toBe(false);
  });

  it('registers one listener per event type on the document, all tied to the signal', () => {
    const spy = vi.spyOn(document, 'addEventListener');
    const local = new AbortController();
    startCards(document, () => analysis, local.signal);
    const types = spy.mock.calls.map(([type]) => type);
    expect(new Set(types).size).toBe(types.length);
    expect(types.sort()).toEqual(['focusin', 'focusout', 'keydown', 'mouseout', 'mouseover', 'scroll']);
    for (const [, , options] of spy.mock.calls) expect((options as AddEventListenerOptions).signal).toBe(local.signal);
    local.abort();
    spy.mockRestore();
  });
});
