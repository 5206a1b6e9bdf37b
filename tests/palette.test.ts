// The entity palette meets WCAG AA on every background it promises, by computed contrast ratios.
import { describe, expect, it } from 'vitest';
import {
  contrastRatio, coloursFor, ENTITY_TYPES, PALETTE, parseColour, REFERENCE_BACKGROUNDS, relativeLuminance, schemeForBackground,
  type ColourScheme,
} from '../src/palette';

const SCHEMES: ColourScheme[] = ['light', 'dark'];

describe('contrastRatio', () => {
  it('matches the WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#fff', '#fff')).toBeCloseTo(1, 5);
    // #767676 is the well-known lightest grey that passes 4.5:1 on white; #777777 just fails.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
    expect(contrastRatio('#ffffff', '#767676')).toBeCloseTo(contrastRatio('#767676', '#ffffff'), 10);
  });

  it('throws on something that is not a colour, so a typo in the palette fails', () => {
    expect(() => contrastRatio('#12345', '#ffffff')).toThrow(/not a colour/);
    expect(() => contrastRatio('blue', '#ffffff')).toThrow(/not a colour/);
  });
});

describe('parseColour and schemeForBackground', () => {
  it('reads hex and computed-style forms, and treats transparent as unknown', () => {
    expect(parseColour('#1a66C9')).toEqual([26, 102, 201]);
    expect(parseColour('#abc')).toEqual([170, 187, 204]);
    expect(parseColour('rgb(18, 18, 18)')).toEqual([18, 18, 18]);
    expect(parseColour('rgba(255, 255, 255, 0.5)')).toEqual([255, 255, 255]);
    expect(parseColour('rgb(10 20 30 / 40%)')).toEqual([10, 20, 30]);
    expect(parseColour('rgba(0, 0, 0, 0)')).toBeNull();
    expect(parseColour('transparent')).toBeNull();
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
  });

  it('picks the dark colours for dark pages and the light ones otherwise', () => {
    expect(schemeForBackground('rgb(0, 0, 0)')).toBe('dark');
    expect(schemeForBackground('rgb(31, 34, 38)')).toBe('dark');
    expect(schemeForBackground('rgb(255, 255, 255)')).toBe('light');
    expect(schemeForBackground('rgb(244, 241, 234)')).toBe('light');
    expect(schemeForBackground('rgba(0, 0, 0, 0)')).toBe('light');
  });
});

describe('the palette', () => {
  it('has colours for every type in both schemes', () => {
    expect([...ENTITY_TYPES].sort()).toEqual(['event', 'organization', 'other', 'person', 'place']);
    for (const scheme of SCHEMES) {
      expect(Object.keys(PALETTE[scheme]).sort()).toEqual([...ENTITY_TYPES].sort());
      for (const type of ENTITY_TYPES) {
        for (const colour of Object.values(coloursFor(type, scheme))) expect(parseColour(colour), `${scheme} ${type} ${colour}`).not.toBeNull();
      }
    }
  });

  for (const scheme of SCHEMES) {
    for (const type of ENTITY_TYPES) {
      it(`${scheme} ${type}: text 4.5:1 on its tint and on every ${scheme} page, underline and swatch 3:1`, () => {
        const colours = coloursFor(type, scheme);
        expect(contrastRatio(colours.text, colours.background)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(colours.underline, colours.background)).toBeGreaterThanOrEqual(3);
        for (const page of REFERENCE_BACKGROUNDS[scheme]) {
          // The tint may fail to paint (a page's own CSS), so the text must stand on the page too.
          expect(contrastRatio(colours.text, page), `text on ${page}`).toBeGreaterThanOrEqual(4.5);
          expect(contrastRatio(colours.swatch, page), `swatch on ${page}`).toBeGreaterThanOrEqual(3);
          expect(contrastRatio(colours.underline, page), `underline on ${page}`).toBeGreaterThanOrEqual(3);
        }
      });
    }
  }

  it('keeps the tint close to its page, so a highlight reads as a highlight and not as a block of colour', () => {
    for (const scheme of SCHEMES) {
      for (const type of ENTITY_TYPES) {
        const page = REFERENCE_BACKGROUNDS[scheme][0]!;
        expect(contrastRatio(coloursFor(type, scheme).background, page), `${scheme} ${type}`).toBeLessThan(scheme === 'light' ? 1.35 : 1.9);
      }
    }
  });

  it('tells the types apart by their swatches', () => {
    for (const scheme of SCHEMES) {
      const swatches = ENTITY_TYPES.map((type) => coloursFor(type, scheme).swatch);
      expect(new Set(swatches).size).toBe(ENTITY_TYPES.length);
    }
  });
});
