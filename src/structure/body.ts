// The article region of the DOM: headline, kicker, reading time, dek, lead figure, body blocks, related links, wire credits.
import type { Block, RelatedLink } from '../analysis';
import { cleanText, comparisonKey } from '../text/normalize';
import { findArticleRoot } from './body/article-root';
import { walkBlocks } from './body/blocks';
import { isFurnitureLine, READ_MORE_LEAD } from './body/boilerplate-lines';
import { findLeadFigure } from './body/figure';
import { findNamedIntro } from './body/intro';
import { readHeader } from './body/header';
import { absoluteHref, findRelatedRegions, pageBase, relatedLinks } from './body/related';
import { trailingWireCredits } from './body/trailing-credits';
import { RELATED_LABEL } from './body/vocabulary';
import { datelineAgencies, wireCreditLine } from './body/wire-lines';
import type { BodyExtraction } from './types';
import { runSteps, type Steps } from '../steps';

export interface BodyHints {
  title: string | null;
  description: string | null;
  /** JSON-LD articleBody when the metadata step already read it; undefined lets the body step read it. */
  articleBody?: string | null;
  /** The page's address, for resolving relative links when the document does not say it. */
  url?: string | null;
}

/** Reads the article region of a parsed page. Never writes to the document. */
export function extractBody(doc: Document, hints: BodyHints): BodyExtraction {
  return runSteps(extractBodySteps(doc, hints));
}

/** Blocks filtered between two pauses: on a 5,000-paragraph page a few ms each. */
const BLOCKS_PER_STEP = 500;

/**
 * extractBody as steps: a pause (taken when the slice has run its time) before each pass over the page (the article's root, the lead figure, the blocks)
 * and every BLOCKS_PER_STEP blocks, so that a very long page's body is no one long task in the page.
 */
export function* extractBodySteps(doc: Document, hints: BodyHints): Steps<BodyExtraction> {
  yield;
  const root = findArticleRoot(doc, hints.articleBody);
  if (!root) return emptyBody();
  const { articleBody } = root;
  const { stats, paragraphs } = root.measured;
  const base = pageBase(doc, hints.url ?? null);

  const header = readHeader(doc, root.main, root.measured, hints);
  const headlineOrder = header.headline ? (stats.get(header.headline)?.order ?? 0) : 0;
  const bodyStart = paragraphs
    .filter((p) => root.main.contains(p))
    .map((p) => stats.get(p)?.order ?? Infinity)
    .sort((a, b) => a - b)[1] ?? Infinity;
  const figureScope = header.headline ? commonAncestor(header.headline, root.main) : root.main.parentElement ?? root.main;
  yield;
  const figure = findLeadFigure(figureScope, stats, { after: headlineOrder, before: bodyStart }, base);

  // A standfirst named as one but set inside the story's container (the header step stops at the body).
  const intro = !header.dekElement && header.headline ? findNamedIntro(header.headline, stats) : null;
  const dek = header.dek ?? (intro ? cleanText(intro.textContent) : null);
  const exclude = new Set<Element>();
  for (const el of [header.headline, header.sectionElement, header.dekElement ?? intro, figure?.element]) if (el) exclude.add(el);
  const rootProse = root.elements.reduce((sum, el) => sum + (stats.get(el)?.prose ?? 0), 0);
  yield;
  const raw = walkBlocks(root.elements, { stats, rootProse, exclude });

  const wire: string[] = [];
  const leadLinks: RelatedLink[] = [];
  const titleKey = header.title ? comparisonKey(header.title) : null;
  const dekKey = dek ? comparisonKey(dek) : null;
  const blocks: Block[] = [];
  for (const [index, block] of raw.entries()) {
    if (index % BLOCKS_PER_STEP === BLOCKS_PER_STEP - 1) yield;
    const credited = wireCreditLine(block.text);
    if (credited) {
      wire.push(...credited);
      continue;
    }
    if ((READ_MORE_LEAD.test(block.text) || (RELATED_LABEL.test(block.text) && block.linkShare >= 0.5)) && block.text.length < 250) {
      const href = absoluteHref(block.link?.href ?? null, base);
      if (block.link && href) leadLinks.push({ title: block.link.text, href });
      if (block.link || block.text.length < 120) continue;
    }
    if (isFurnitureLine(block.text, block.cell ? 0 : block.linkShare)) continue;
    // Only a block about as long as the title or dek can repeat it; skip the key for the rest.
    const nearLength = Math.abs(block.text.length - (header.title?.length ?? -99)) < 20 || Math.abs(block.text.length - (dek?.length ?? -99)) < 20;
    const key = nearLength && (block.kind === 'paragraph' || block.kind === 'heading') ? comparisonKey(block.text) : null;
    if (key !== null && (key === titleKey || key === dekKey)) continue;
    if (blocks.length < 3) wire.push(...datelineAgencies(block.text));
    blocks.push({ kind: block.kind, text: block.text });
  }
  wire.push(...trailingWireCredits(root.elements[root.elements.length - 1] ?? root.main, stats));
  yield;

  const regions = findRelatedRegions(root.main, root.measured.relatedHints, root.measured.headings);
  return {
    title: header.title,
    dek,
    section: header.section,
    statedReadingMinutes: header.statedReadingMinutes,
    image: figure?.image ?? null,
    blocks: withJsonLdFallback(blocks, articleBody),
    related: relatedLinks(regions, base, leadLinks),
    wire: [...new Set(wire)],
  };
}

// Pages that render the story from script (or hide it behind a paywall in the DOM) still carry it in JSON-LD.
function withJsonLdFallback(blocks: Block[], articleBody: string | null): Block[] {
  if (!articleBody) return blocks;
  const text = cleanText(articleBody.replace(/<[^>]{0,300}>/g, ' '));
  const extracted = blocks.reduce((sum, block) => sum + block.text.length, 0);
  if (extracted >= text.length * 0.5 || text.length < 500) return blocks;
  return articleBody
    .replace(/<\/?(p|br|div|h\d|li)[^>]{0,300}>/gi, '\n')
    .replace(/<[^>]{0,300}>/g, ' ')
    .split(/\n+/)
    .map((line) => cleanText(line))
    .filter((line) => line !== '')
    .map((line) => ({ kind: 'paragraph' as const, text: line }));
}

function commonAncestor(a: Element, b: Element): Element {
  for (let ancestor: Element | null = a; ancestor; ancestor = ancestor.parentElement) {
    if (ancestor.contains(b)) return ancestor;
  }
  return b;
}

function emptyBody(): BodyExtraction {
  return { title: null, dek: null, section: null, statedReadingMinutes: null, image: null, blocks: [], related: [], wire: [] };
}
