// Chooses the element(s) holding the story: Readability-style paragraph scoring plus schema.org and class signals.
import { classNameOf } from '../class-name';
import { articleBodyFromScripts, headJsonLdScripts, matchKey } from './json-ld-body';
import { bestOutsideForeignRegions } from './foreign-regions';
import { storyParts } from './split-story';
import { measureTree, type ElementStats, type Measured } from './measure';
import { BODY_NAMES, BOILERPLATE_NAMES, nameParts, POSITIVE_NAMES, RELATED_NAMES } from './vocabulary';

export interface ArticleRoot {
  /** The main container first, then any sibling that continues the story, in document order. */
  elements: Element[];
  /** The container the elements share (the main element itself when there is only one). */
  main: Element;
  measured: Measured;
  /** The JSON-LD articleBody that guided the choice, if any. */
  articleBody: string | null;
}

const SLIVER = 0.25;
const MOST = 0.6;

/** Siblings that are page furniture even when their class says "article" (header, lead figure, nav). */
const NEVER_JOINED = new Set(['header', 'figure', 'nav', 'aside', 'footer', 'form', 'h1']);

const TAG_BASE: Record<string, number> = {
  div: 5, article: 8, section: 3, main: 3, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

/**
 * Finds the article root of the page; falls back to <body> when nothing scores. `articleBodyHint` is the
 * JSON-LD articleBody when known; undefined makes this read it from the page's JSON-LD.
 */
export function findArticleRoot(doc: Document, articleBodyHint?: string | null): ArticleRoot | null {
  const body = bodyElementOf(doc);
  // Every top-level element, not just documentElement: on broken pages some DOMs keep a stray tag before
  // <html> as documentElement, or a second <body> holding the story.
  const html = Array.from(doc.children);
  if (!body || html.length === 0) return null;
  let articleBody = articleBodyHint === undefined ? articleBodyFromScripts(headJsonLdScripts(doc)) : articleBodyHint;
  // Measure from <html>: broken pages leave story text outside <body> (<head> itself is never read).
  let measured = measureTree(html, articleBody ? jsonLdWeight(matchKey(articleBody)) : undefined);
  if (articleBodyHint === undefined && !articleBody && measured.jsonLdScripts.length > 0) {
    // JSON-LD in <body> only shows up while measuring; measure again with it (rare).
    articleBody = articleBodyFromScripts(measured.jsonLdScripts);
    if (articleBody) measured = measureTree(html, jsonLdWeight(matchKey(articleBody)));
  }
  return chooseRoot(body, measured, articleBody);
}

/** The <body> (or the root element), read without doc.body: linkedom's getter throws on rootless documents. */
function bodyElementOf(doc: Document): Element | null {
  const root = doc.documentElement;
  if (!root) return null;
  return Array.from(root.children).find((child) => child.localName === 'body') ?? root;
}

function chooseRoot(body: Element, measured: Measured, articleBody: string | null): ArticleRoot {
  const { stats } = measured;

  const finalScore = new Map<Element, number>();
  for (const [el, st] of stats) {
    // <body class="article"> is the page, not the story: the page is only the fallback.
    if (st.score <= 0 || el.localName === 'html' || el.localName === 'body') continue;
    finalScore.set(el, candidateScore(el, st));
  }
  // The best-scored text inside an author box, a comment thread or a related list is not the story.
  const { top: best, topScore } = bestOutsideForeignRegions(finalScore, stats, body);
  let top = best;
  if (!top) return { elements: [body], main: body, measured, articleBody };

  top = climbToCommonAncestor(top, topScore, finalScore);
  top = climbWhileParentScoresHigher(top, body, finalScore);
  top = climbWhenTextIsElsewhere(top, body, stats);
  // A lone child says nothing about its siblings; its parent's children are the real candidates.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) top = top.parentElement;

  const parts = storyParts(top, body, stats);
  return { elements: parts ?? joinSiblings(top, finalScore, stats), main: top, measured, articleBody };
}

function jsonLdWeight(bodyKey: string): (el: Element, length: number) => number {
  return (el) => {
    const key = matchKey(el.textContent ?? '');
    const probe = key.length > 80 ? key.slice(10, 70) : key;
    // Paragraphs that are in articleBody count triple; others (teasers, comments) count less.
    return probe.length >= 15 && bodyKey.includes(probe) ? 3 : 0.6;
  };
}

function candidateScore(el: Element, st: ElementStats): number {
  const linkDensity = st.text > 0 ? st.link / st.text : 0;
  return st.score * (1 - linkDensity) + classWeight(el) + (TAG_BASE[el.localName] ?? 0);
}

/** Readability's class weight, plus schema.org's own word for the body. */
export function classWeight(el: Element): number {
  let weight = 0;
  const names = nameParts(el);
  if (names !== '') {
    if (POSITIVE_NAMES.test(names)) weight += 25;
    if (BODY_NAMES.test(names)) weight += 15;
    if (BOILERPLATE_NAMES.test(names)) weight -= 25;
  }
  if (el.getAttribute('itemprop') === 'articleBody') weight += 50;
  return weight;
}

// When several of the best candidates sit in one ancestor, the story is split across them (Readability).
function climbToCommonAncestor(top: Element, topScore: number, scores: Map<Element, number>): Element {
  const rivals = [...scores.entries()]
    .filter(([el, score]) => el !== top && score >= topScore * 0.75)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([el]) => el);
  if (rivals.length < 3) return top;
  for (let ancestor = top.parentElement; ancestor && ancestor.localName !== 'body'; ancestor = ancestor.parentElement) {
    const inside = rivals.filter((rival) => ancestor.contains(rival)).length;
    if (inside >= 3) return ancestor;
  }
  return top;
}

// A parent that scores better than the candidate holds more of the story (Readability's upward walk).
function climbWhileParentScoresHigher(top: Element, body: Element, scores: Map<Element, number>): Element {
  const topScore = scores.get(top) ?? 0;
  const threshold = topScore / 3;
  for (let parent = top.parentElement; parent && parent !== body; parent = parent.parentElement) {
    const parentScore = scores.get(parent);
    if (parentScore === undefined) continue;
    if (parentScore < threshold) break;
    // Only a parent that outscores the candidate itself holds more of the story; class bonuses alone do not count.
    if (parentScore > topScore) return parent;
  }
  return top;
}

// A root holding a sliver of the page's prose is one box of a page whose text is spread (about pages,
// product pages): take the smallest ancestor holding most of the prose.
function climbWhenTextIsElsewhere(top: Element, body: Element, stats: Map<Element, ElementStats>): Element {
  const pageProse = stats.get(body)?.prose ?? 0;
  const topProse = stats.get(top)?.prose ?? 0;
  if (pageProse === 0 || topProse >= pageProse * SLIVER) return top;
  // A box marked as the story is the story even when a long comment thread or forum holds more text.
  if (isMarkedStory(top)) return top;
  for (let ancestor = top.parentElement; ancestor && ancestor !== body; ancestor = ancestor.parentElement) {
    if ((stats.get(ancestor)?.prose ?? 0) >= pageProse * MOST) return ancestor;
  }
  return top;
}

function isMarkedStory(el: Element): boolean {
  return el.localName === 'article' || el.getAttribute('itemprop') === 'articleBody';
}

// Siblings that continue the story: scored containers of similar worth, or prose paragraphs (Readability).
function joinSiblings(top: Element, scores: Map<Element, number>, stats: Map<Element, ElementStats>): Element[] {
  const parent = top.parentElement;
  if (!parent || parent.localName === 'html') return [top];
  const topScore = scores.get(top) ?? 0;
  const threshold = Math.max(10, topScore * 0.2);
  const topClass = classNameOf(top);
  const elements: Element[] = [];
  let afterTop = false;
  for (const sibling of Array.from(parent.children)) {
    if (sibling === top) {
      elements.push(top);
      afterTop = true;
      continue;
    }
    const st = stats.get(sibling);
    if (!st || st.text === 0 || NEVER_JOINED.has(sibling.localName)) continue;
    const names = nameParts(sibling);
    if (names !== '' && (BOILERPLATE_NAMES.test(names) || RELATED_NAMES.test(names))) continue;
    const bonus = topClass !== '' && classNameOf(sibling) === topClass ? topScore * 0.2 : 0;
    const score = scores.get(sibling);
    if (score !== undefined && st.score > 0 && score + bonus >= threshold) {
      elements.push(sibling);
    } else if (afterTop && st.prose >= 250 && st.prose >= st.text * 0.7 && st.link < st.text * 0.1 && !sibling.querySelector('form, input')) {
      // An intro or a second text block beside the body: almost all prose, hardly any links.
      elements.push(sibling);
    } else if (sibling.localName === 'p') {
      const linkDensity = st.link / st.text;
      if (st.text > 80 && linkDensity < 0.25) elements.push(sibling);
      else if (st.text > 0 && linkDensity === 0 && /\.( |$)/.test(sibling.textContent ?? '')) elements.push(sibling);
    }
  }
  return elements;
}
