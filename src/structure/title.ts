// Chooses the article's title: the visible headline when it agrees with what the metadata says, else the metadata title.
import { cleanOrNull, comparisonKey } from '../text/normalize';
import type { PageMetadata } from './types';

const MIN_AGREEMENT = 0.5;
const SEPARATOR_AT_EDGE = /^[\s|–—·•»«:\-/：｜]+|[\s|–—·•»«:\-/：｜]+$/g;

/**
 * The visible headline (usually the h1) is what readers see, so it wins when it agrees with the metadata
 * title; the metadata title wins when the h1 is the site's name or a section label, or when the h1 has a
 * kicker glued to the front. A metadata title that only adds a kicker or a site suffix loses to the h1.
 */
export function chooseTitle(_doc: Document, meta: PageMetadata, domHeadline: string | null): string | null {
  const visible = cleanOrNull(domHeadline);
  const declared = cleanOrNull(meta.title);
  if (!visible) return declared;
  if (!declared) return visible;
  const visibleKey = comparisonKey(visible);
  const declaredKey = comparisonKey(declared);
  if (visibleKey === declaredKey) return visible;
  if (isSiteName(visibleKey, meta)) return declared;
  if (declaredKey.includes(visibleKey)) {
    const lead = storyBeforeTrailingName(declared, visibleKey);
    if (lead) return lead;
    // "Kicker: Headline" or "Headline | Site" in the metadata around the visible headline.
    const rest = declaredKey.replace(visibleKey, '').replace(SEPARATOR_AT_EDGE, '');
    if (isEdgeAddition(declaredKey, visibleKey) && wordCount(rest) <= 8) return visible;
    return declared;
  }
  if (visibleKey.includes(declaredKey)) {
    // The h1 holds the headline plus a kicker or teaser glued on: the metadata title is the headline. But an h1
    // that wraps the metadata title in words of its own ("Knuspriger Apfelkuchen vom Blech: ganz einfach!"),
    // or runs on from it mid-sentence ("… Kapazität in Tennessee"), is the fuller headline the metadata shortened.
    return wordCount(declaredKey) >= 3 && !extendsDeclared(visible, visibleKey, declaredKey) ? declared : visible;
  }
  // Nearly the same words: the h1 is the headline as shown, unless the article's JSON-LD headline and og:title
  // both word it the other way (two fields the editor set apart; the h1 is then the display variant).
  if (agreement(visible, declared) >= MIN_AGREEMENT) return declaresArticle(meta) && meta.titleBacked === true ? declared : visible;
  // Worded differently: a story declared as an article in JSON-LD titles itself with care, so its title is the
  // one to keep; elsewhere the metadata title is often a page-type or SEO title and a sentence-like h1 is the story's.
  return !declaresArticle(meta) && wordCount(visibleKey) >= MIN_HEADLINE_WORDS ? visible : declared;
}

const ARTICLE_TYPE = /Article$|BlogPosting|^Report$|LiveBlogPosting/;
const MIN_HEADLINE_WORDS = 3;

function declaresArticle(meta: PageMetadata): boolean {
  return (meta.pageTypes ?? []).some((type) => ARTICLE_TYPE.test(type));
}

/**
 * "Story title | Blog name" with the blog's name as the h1: the h1 is the last segment after a site separator,
 * and what comes before it is at least as long, so it is the site's (or section's) name and the story is the lead.
 * A short lead ("News - Headline", "Kücknitz - Headline") is a section or place label in front of the h1 instead.
 */
function storyBeforeTrailingName(declared: string, visibleKey: string): string | null {
  const match = TRAILING_SEGMENT.exec(declared);
  if (!match || comparisonKey(match[2] ?? '') !== visibleKey) return null;
  const lead = match[1] ?? '';
  return wordCount(comparisonKey(lead)) >= wordCount(visibleKey) ? lead : null;
}

const TRAILING_SEGMENT = /^(.*\S)\s+[|–—-]\s+(\S.*)$/u;

function extendsDeclared(visible: string, visibleKey: string, declaredKey: string): boolean {
  if (visibleKey.endsWith(declaredKey)) return false;
  if (!visibleKey.startsWith(declaredKey)) return true;
  // The word right after the metadata title, in the h1's own letter case: lower case goes on with the sentence.
  const next = visible.split(' ')[declaredKey.split(' ').length] ?? '';
  return /^\p{Ll}/u.test(next);
}

function isEdgeAddition(longer: string, shorter: string): boolean {
  return longer.startsWith(shorter) || longer.endsWith(shorter);
}

// An h1 that is the site's name ("regards.fr", "Krimiblog-Archiv") says nothing about the story.
function isSiteName(key: string, meta: PageMetadata): boolean {
  const compact = key.replace(/[^\p{L}\p{N}]+/gu, '');
  if (compact.length === 0) return true;
  const names = [meta.publisher ?? '', hostLabel(meta.canonicalUrl)].map((name) => comparisonKey(name).replace(/[^\p{L}\p{N}]+/gu, ''));
  return names.some((name) => name.length >= 3 && (compact === name || compact.startsWith(name) || (compact.length >= 4 && name.startsWith(compact))));
}

function hostLabel(url: string | null): string {
  const host = /^[a-z]+:\/\/(?:www\.)?([^/:?#]+)/i.exec(url ?? '')?.[1] ?? '';
  return host.split('.').slice(0, -1).join('');
}

/** Share of the shorter title's words that the other title also has (0..1), discounted when one is much longer. */
export function agreement(a: string, b: string): number {
  const wordsA = wordsOf(a);
  const wordsB = wordsOf(b);
  if (wordsA.size === 0 || wordsB.size === 0) return 0;
  const [small, large] = wordsA.size <= wordsB.size ? [wordsA, wordsB] : [wordsB, wordsA];
  let shared = 0;
  for (const word of small) if (large.has(word)) shared += 1;
  return shared / Math.max(small.size, large.size * 0.75);
}

function wordsOf(text: string): Set<string> {
  return new Set(comparisonKey(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0));
}

function wordCount(key: string): number {
  return key.split(/[^\p{L}\p{N}]+/u).filter((word) => word.length > 0).length;
}
