// The legend colour of each entity type, light and dark. One place, so it can switch to src/palette.ts when that lands.
import type { EntityType } from '../options/highlight-types';

export interface Swatch {
  light: string;
  dark: string;
}

// Mid tones with at least 3:1 against the popup's paper in both schemes (a swatch is a graphic, WCAG 1.4.11).
const SWATCHES: Record<EntityType, Swatch> = {
  person: { light: '#1a66c9', dark: '#74a9f0' },
  organization: { light: '#8a3fb8', dark: '#c79be6' },
  place: { light: '#1d7a46', dark: '#6fcf97' },
  event: { light: '#b45309', dark: '#f2a65a' },
  other: { light: '#5b6470', dark: '#a3acb8' },
};

export function swatchFor(type: EntityType): Swatch {
  return SWATCHES[type];
}

/** CSS custom properties the stylesheet picks from by colour scheme. */
export function swatchStyle(type: EntityType): Record<string, string> {
  const { light, dark } = swatchFor(type);
  return { '--swatch-light': light, '--swatch-dark': dark };
}
