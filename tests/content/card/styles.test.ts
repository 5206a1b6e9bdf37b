// The card's own colours meet WCAG AA on its paper in both schemes, and its type chips use the shared palette.
import { describe, expect, it } from 'vitest';
import { CARD_CSS, CARD_SURFACE } from '../../../content/card/styles';
import { contrastRatio, ENTITY_TYPES, PALETTE } from '../../../src/palette';

describe('card colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: text 4.5:1 on the paper, focus ring and rules visible`, () => {
      const s = CARD_SURFACE[scheme];
      expect(contrastRatio(s.ink, s.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(s.muted, s.paper)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(s.focus, s.paper)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(s.rule, s.paper)).toBeGreaterThan(1.2);
    });
  }

  it('styles each type chip from the palette, in both schemes', () => {
    const [light, dark] = CARD_CSS.split('@media (prefers-color-scheme: dark)') as [string, string];
    for (const type of ENTITY_TYPES) {
      expect(light).toContain(`.type[data-type="${type}"] { background: ${PALETTE.light[type].background}; color: ${PALETTE.light[type].text};`);
      expect(dark).toContain(`.type[data-type="${type}"] { background: ${PALETTE.dark[type].background}; color: ${PALETTE.dark[type].text};`);
    }
  });
});
