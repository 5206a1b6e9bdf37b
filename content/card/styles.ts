// The card's look, applied only inside its shadow root, for light and dark colour schemes.
import { ENTITY_TYPES, PALETTE, type ColourScheme } from '../../src/palette';

/** The card's own surface colours; the tests hold ink and muted text to 4.5:1 and the focus ring to 3:1 on paper. */
export const CARD_SURFACE: Readonly<Record<ColourScheme, { paper: string; ink: string; muted: string; rule: string; focus: string }>> = {
  light: { paper: '#ffffff', ink: '#1b1f24', muted: '#5b6470', rule: '#d9dde3', focus: '#1a66c9' },
  dark: { paper: '#1f2226', ink: '#e8eaed', muted: '#a3acb8', rule: '#3c4148', focus: '#74a9f0' },
};

function schemeRules(scheme: ColourScheme): string {
  const s = CARD_SURFACE[scheme];
  const types = ENTITY_TYPES.map((type) => {
    const c = PALETTE[scheme][type];
    return `.type[data-type="${type}"] { background: ${c.background}; color: ${c.text}; border-color: ${c.underline}; }`;
  });
  return [`.card { --paper: ${s.paper}; --ink: ${s.ink}; --muted: ${s.muted}; --rule: ${s.rule}; --focus: ${s.focus}; }`, ...types].join('\n');
}

/*
 * `all: initial` on every element of the card: nothing the page sets reaches it by inheritance through the
 * host, so the card reads the same on any page. Page selectors never match inside a shadow root.
 */
export const CARD_CSS = `
:host { all: initial; }
:where(.card, .card *) { all: initial; box-sizing: border-box; }
.card {
  display: block; width: max-content; max-width: min(22rem, calc(100vw - 16px));
  max-height: var(--newslens-card-max-height, calc(100vh - 16px)); overflow: auto; overscroll-behavior: contain;
  padding: 10px 12px 12px; border: 1px solid var(--rule); border-radius: 8px;
  background: var(--paper); color: var(--ink);
  box-shadow: 0 4px 16px rgba(0, 0, 0, .22);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  cursor: auto;
}
/* Element defaults without specificity, so every class rule below overrides them. */
:where(.card) :where(div, p, ul) { display: block; color: inherit; font: inherit; }
:where(.card) :where(li) { display: list-item; list-style: none; margin: 4px 0 0; color: inherit; font: inherit; }
:where(.card) :where(span) { display: inline; color: inherit; font: inherit; }
.top { display: flex; align-items: flex-start; gap: 8px; }
.top-text { display: block; flex: 1 1 auto; min-width: 0; }
.type { display: inline-block; margin: 0 0 4px; padding: 0 6px; border: 1px solid; border-radius: 4px; font-size: 11px; font-weight: 600; letter-spacing: .02em; }
.name { display: block; margin: 0; font-size: 15px; font-weight: 700; line-height: 1.25; overflow-wrap: anywhere; }
.role { display: block; margin: 2px 0 0; color: var(--muted); overflow-wrap: anywhere; }
.mentions { display: flex; align-items: center; gap: 6px; margin: 8px 0 0; padding: 6px 0 0; border-top: 1px solid var(--rule); color: var(--muted); }
.count { flex: 1 1 auto; }
.position { font-variant-numeric: tabular-nums; }
.card button {
  display: inline-block; min-width: 24px; min-height: 24px; padding: 0 6px; border: 1px solid var(--rule); border-radius: 4px;
  background: var(--paper); color: var(--ink); font: 600 14px/22px system-ui, sans-serif; text-align: center; cursor: pointer;
}
.card button:hover { border-color: var(--muted); }
.card button:focus-visible { outline: 2px solid var(--focus); outline-offset: 1px; }
.card .close { flex: 0 0 auto; border-color: transparent; }
.section { margin: 8px 0 0; padding: 6px 0 0; border-top: 1px solid var(--rule); }
.label { display: block; margin: 0; color: var(--muted); font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; }
.quote, .fact { overflow-wrap: anywhere; }
.source { display: block; color: var(--muted); font-size: 12px; }
.more { color: var(--muted); font-size: 12px; }
${schemeRules('light')}
@media (prefers-color-scheme: dark) {
${schemeRules('dark')}
}
`;
