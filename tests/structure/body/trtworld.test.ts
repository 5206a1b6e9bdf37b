// @vitest-environment jsdom
// The TRT World fixtures (the design's reference page) in every variant, on jsdom and on linkedom.
import { describe, expect, it } from 'vitest';
import { extractBody } from '../../../src/structure/body';
import { SAMPLE_HTML, TRT_VARIANTS, type TrtVariant } from '../../fixtures/trtworld/variants';
import { jsdomDocument, linkedomDocument } from './dom';

const variants = Object.keys(TRT_VARIANTS) as TrtVariant[];
const description =
  'China and Russia should play "better role as an anchor of stability in the changing circumstances of the century," says China\'s Vice Foreign Minister Sun Weidong.';

describe.each(variants)('TRT World fixture %s', (file) => {
  const html = TRT_VARIANTS[file];
  describe.each([
    ['jsdom', jsdomDocument],
    ['linkedom', linkedomDocument],
  ] as const)('on %s', (_dom, parse) => {
    const body = extractBody(parse(html), { title: 'China calls for closer Beijing-Moscow coordination in Asia Pacific', description });

    it('has exactly the 9 story paragraphs, without the RECOMMENDED card or the ad', () => {
      expect(body.blocks).toHaveLength(9);
      expect(body.blocks.every((block) => block.kind === 'paragraph')).toBe(true);
      expect(body.blocks[0]?.text).toMatch(/^China and Russia should strengthen communication/);
      expect(body.blocks[8]?.text).toBe('The BRICS bloc of developing nations includes China, Brazil, Russia, India and South Africa.');
      expect(body.blocks.map((block) => block.text).join('\n')).not.toMatch(/RECOMMENDED|no limits|Advertisement|SOURCE/);
    });

    it('reads the header: title, kicker WORLD, 2 min read, dek', () => {
      expect(body.title).toBe('China calls for closer Beijing-Moscow coordination in Asia Pacific');
      expect(body.section).toBe('WORLD');
      expect(body.statedReadingMinutes).toBe(2);
      expect(body.dek).toBe(description);
    });

    it('splits the caption from the credit AP Archive', () => {
      expect(body.image?.caption).toBe('Chinese President Xi Jinping and Russian President Vladimir Putin pose for a photo before their talks in Beijing, China.');
      expect(body.image?.credit).toBe('AP Archive');
      expect(body.image?.src).toBe('https://cdn-i.trtworld.com/images/2024/02/28/xi-putin-beijing-talks-1280x720.jpg');
    });

    it('credits the wire Reuters and lists the RECOMMENDED teaser and the 15 Explore items', () => {
      expect(body.wire).toEqual(['Reuters']);
      const teaser = "Xi and Putin hail 'no limits' partnership as trade hits record high";
      // Known gap: with hashed class names nothing marks the one-link RECOMMENDED card as a widget, so it is
      // dropped from the body but not listed.
      const teaserFound = file !== 'dom-only-hashed';
      expect(body.related).toHaveLength(teaserFound ? 16 : 15);
      expect(body.related.some((item) => item.title === teaser)).toBe(teaserFound);
      const explore = body.related.filter((item) => !item.title.startsWith('Xi and Putin'));
      expect(explore[0]?.title).toBe("Gold prices fall sharply after rumours of Trump's new Fed pick");
      expect(explore[0]?.href).toMatch(/\/business\/gold-prices-fall-sharply-after-rumours-of-trumps-new-fed-pick-18224731$/);
    });
  });
});

describe('the sample page', () => {
  it('gives the same body on jsdom and linkedom', () => {
    const html = SAMPLE_HTML;
    const hints = { title: null, description: null, url: 'https://www.trtworld.com/asia/x-17203580' };
    expect(extractBody(linkedomDocument(html), hints)).toEqual(extractBody(jsdomDocument(html), hints));
  });
});
