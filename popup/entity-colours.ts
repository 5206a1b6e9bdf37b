// The legend colour of each entity type, light and dark: the swatches of src/palette.ts, the same the page marks use.
import { coloursFor } from '../src/palette';
import type { EntityType } from '../src/settings';

export interface Swatch {
  light: string;
  dark: string;
}

export function swatchFor(type: EntityType): Swatch {
  return { light: coloursFor(type, 'light').swatch, dark: coloursFor(type, 'dark').swatch };
}

/** CSS custom properties the stylesheet picks from by colour scheme (prefers-color-scheme). */
export function swatchStyle(type: EntityType): Record<string, string> {
  const { light, dark } = swatchFor(type);
  return { '--swatch-light': light, '--swatch-dark': dark };
}
