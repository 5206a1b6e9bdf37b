// Text copied from a news page (the seed's format): header, body, widgets, wire credit and related list.
import { emptyArticle, type Article, type Block } from '../analysis';
import { readBody } from './copied/body';
import { readHeader } from './copied/header';
import { splitLines } from './copied/lines';
import { structuredResult, type StructuredPage } from './structured-page';

/**
 * Fewer letters of prose than this (about 25 words; letters, so that Chinese or Japanese text counts too) and
 * the copy is a list of links, a fragment or noise, not an article.
 */
const MIN_ARTICLE_LETTERS = 120;

/**
 * Parses copied text: kicker, "N MIN READ", title, dek, repeated title, caption with credit, byline, date,
 * body paragraphs, RECOMMENDED widgets, "SOURCE:" line and the "Explore" list. Each part is optional, so
 * copies from other sites ("By X", "Updated …", no kicker) degrade to what they state.
 */
export function parseCopiedText(text: string): StructuredPage {
  const rawLines = text.split(/\r\n|\r|\n|\u2028|\u2029/);
  const cleaned = splitLines(text);
  const nonEmpty = cleaned.flatMap((line, index) => (line === '' ? [] : [index]));
  const lines = nonEmpty.map((index) => cleaned[index]!);
  const header = readHeader(nonEmpty.map((index) => rawLines[index] ?? ''), lines);
  const body = readBody(lines.slice(header.bodyStart));

  const article: Article = {
    ...emptyArticle(),
    title: header.title,
    dek: header.dek,
    section: header.section,
    statedReadingMinutes: header.statedReadingMinutes,
    authors: header.authors,
    publisher: header.publisher,
    publishedAt: header.publishedAt ?? body.dates.find((date) => !date.updated)?.iso ?? null,
    modifiedAt: header.modifiedAt ?? body.dates.find((date) => date.updated)?.iso ?? null,
    image: header.image,
    wire: [...header.wire, ...body.wire.filter((name) => !header.wire.includes(name))],
    related: body.related,
  };
  return structuredResult(article, body.blocks, hasEnoughProse(body.blocks));
}

function hasEnoughProse(blocks: readonly Block[]): boolean {
  let letters = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph') continue;
    for (const _letter of block.text.matchAll(/\p{L}/gu)) if ((letters += 1) >= MIN_ARTICLE_LETTERS) return true;
  }
  return false;
}
