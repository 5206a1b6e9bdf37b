// The colours of entity types, for page highlights and the popup legend alike, on light and dark backgrounds (WCAG AA).
import type { Entity } from './analysis';

export type EntityType = Entity['type'];
export type ColourScheme = 'light' | 'dark';

/** Every entity type, in the order a legend lists them. */
export const ENTITY_TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'event', 'other'];

export interface TypeColours {
  /** The tint behind a highlighted mention. */
  background: string;
  /** The text of a highlighted mention: at least 4.5:1 on `background` and on the scheme's page backgrounds. */
  text: string;
  /** The line under a highlighted mention: at least 3:1 on `background` (a graphic, WCAG 1.4.11). */
  underline: string;
  /** The legend's colour chip: at least 3:1 on the scheme's page backgrounds. */
  swatch: string;
}

/**
 * Backgrounds each scheme must stay readable on: plain white and newsprint cream, and the near-blacks
 * and greys dark pages and the popup use. The tests hold every colour below to these.
 */
export const REFERENCE_BACKGROUNDS: Readonly<Record<ColourScheme, readonly string[]>> = {
  light: ['#ffffff', '#f4f1ea', '#eeeeee'],
  dark: ['#000000', '#121212', '#1f2226', '#2b2b2b'],
};

// Hues: person blue, organisation violet, place green, event amber, other grey. The mark's text is set
// along with its tint, so a page's own text colour never ends up on a tint it was not chosen for.
export const PALETTE: Readonly<Record<ColourScheme, Readonly<Record<EntityType, TypeColours>>>> = {
  light: {
    person: { background: '#dbe8fb', text: '#0b3a75', underline: '#1a66c9', swatch: '#1a66c9' },
    organization: { background: '#efe3f8', text: '#4c1d73', underline: '#8a3fb8', swatch: '#8a3fb8' },
    place: { background: '#daf1e3', text: '#0d4f2a', underline: '#1d7a46', swatch: '#1d7a46' },
    event: { background: '#fde8d2', text: '#6e2e00', underline: '#b45309', swatch: '#b45309' },
    other: { background: '#e6e9ed', text: '#2c323a', underline: '#5b6470', swatch: '#5b6470' },
  },
  dark: {
    person: { background: '#173256', text: '#d4e5ff', underline: '#74a9f0', swatch: '#74a9f0' },
    organization: { background: '#37214d', text: '#ecdcfa', underline: '#c79be6', swatch: '#c79be6' },
    place: { background: '#133d27', text: '#cdf3dc', underline: '#6fcf97', swatch: '#6fcf97' },
    event: { background: '#4a2a0c', text: '#ffe2c4', underline: '#f2a65a', swatch: '#f2a65a' },
    other: { background: '#33373d', text: '#e6e9ed', underline: '#a3acb8', swatch: '#a3acb8' },
  },
};

export function coloursFor(type: EntityType, scheme: ColourScheme): TypeColours {
  return PALETTE[scheme][type];
}

/** Red, green and blue, 0..255. */
export type Rgb = readonly [number, number, number];

/**
 * Reads `#rgb`, `#rrggbb` and the `rgb()`/`rgba()` form getComputedStyle returns; null for anything else and
 * for fully transparent colours (which show whatever is behind them).
 */
export function parseColour(colour: string): Rgb | null {
  const value = colour.trim().toLowerCase();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/u.exec(value);
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as unknown as Rgb;
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/u.exec(value);
  if (!fn) return null;
  const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
  if (alpha === 0) return null;
  return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
}

/** WCAG 2 relative luminance, 0 (black) .. 1 (white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (channel: number) => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG 2 contrast ratio of two colours, 1..21. Throws on a colour it cannot read, so a typo fails loudly. */
export function contrastRatio(a: string, b: string): number {
  const [la, lb] = [a, b].map((colour) => {
    const rgb = parseColour(colour);
    if (!rgb) throw new Error(`not a colour: ${colour}`);
    return relativeLuminance(rgb);
  }) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/**
 * The scheme whose colours suit a page background (as getComputedStyle gives it): dark for backgrounds darker
 * than mid grey, light otherwise, and light when the background is transparent or unreadable.
 */
export function schemeForBackground(background: string): ColourScheme {
  const rgb = parseColour(background);
  // 0.18 is where black and white text have equal contrast on a background.
  return rgb && relativeLuminance(rgb) < 0.18 ? 'dark' : 'light';
}
