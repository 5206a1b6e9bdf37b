// Merges page metadata and the DOM's article region into the Article, the blocks and isArticle.
import { emptyArticle, type Article } from '../analysis';
import { uniqueAgencies } from './agencies';
import { extractBodySteps } from './body';
import { runSteps, type Steps } from '../steps';
import { extractMetadata } from './metadata';
import { isArticlePage } from './page-kind';
import { chooseTitle } from './title';
import { structuredResult, type StructuredPage } from './structured-page';

/** Reads the structure of a parsed page. Never writes to the document. */
export function extractStructure(doc: Document, url: string | null): StructuredPage {
  return runSteps(extractStructureSteps(doc, url));
}

/**
 * extractStructure as steps, for the live page: a pause between the metadata and each pass of the body
 * (body.ts), so that the structure of a 1 MB page (90 ms in Chromium) is read in tasks under 50 ms.
 * The page's own scripts may change it between two steps: each pass then reads what it was given (a detached
 * element keeps its text), the marks find their text by a tolerant match, and the page watcher reads it again.
 */
export function* extractStructureSteps(doc: Document, url: string | null): Steps<StructuredPage> {
  // One list of every element, read by the passes that look across the whole page (each query walks it all).
  const elements = doc.querySelectorAll('*');
  const meta = extractMetadata(doc, url, elements);
  const body = yield* extractBodySteps(doc, { title: meta.title, description: meta.description, url });
  yield;
  const article: Article = {
    ...emptyArticle(),
    title: chooseTitle(doc, meta, body.title),
    dek: body.dek ?? null,
    section: body.section ?? meta.section,
    statedReadingMinutes: body.statedReadingMinutes,
    authors: meta.authors,
    publisher: meta.publisher,
    publishedAt: meta.publishedAt,
    modifiedAt: meta.modifiedAt,
    language: meta.language,
    canonicalUrl: meta.canonicalUrl,
    image: mergeImage(meta.image, body.image),
    // Each agency once; the metadata's declared spelling wins over the body's canonical one.
    wire: uniqueAgencies(body.wire, meta.wire),
    related: body.related,
  };
  const isArticle = isArticlePage(doc, meta, body, elements);
  return structuredResult(article, body.blocks, isArticle);
}

function mergeImage(fromMeta: Article['image'], fromDom: Article['image']): Article['image'] {
  if (!fromMeta && !fromDom) return null;
  return {
    src: fromDom?.src ?? fromMeta?.src ?? null,
    alt: fromDom?.alt ?? fromMeta?.alt ?? null,
    caption: fromDom?.caption ?? fromMeta?.caption ?? null,
    credit: fromDom?.credit ?? fromMeta?.credit ?? null,
  };
}

