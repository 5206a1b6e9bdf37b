// Turns the Analysis's entity mentions into the pieces of page text to wrap: located, overlaps dropped, in writing order.
import type { Analysis, Entity, Span } from '../../src/analysis';
import { locateBlocks, locateSpan } from './locate';
import type { TextIndex } from './text-index';
import { piecesOf, type Piece } from './wrap';

/** One piece to wrap, with the mention it belongs to. */
export interface PlannedPiece extends Piece {
  entity: Entity;
  /** The mention's index in entity.mentions (the hover card's previous/next). */
  mention: number;
  /** The first piece of its mention: the one that takes keyboard focus. */
  lead: boolean;
  key: string;
}

export interface Plan {
  /**
   * In writing order: text nodes in document order, so that the top of the page (where the reader usually is) is
   * marked first on a page written over several tasks; within a node last-first, as Wrapper.wrap needs.
   */
  pieces: PlannedPiece[];
  /** Entities with at least one mention placed. */
  entities: number;
  /** Mentions of the chosen types that could not be placed (not found, or in a region we never write to). */
  unplaced: number;
}

/** The key of a span, shared by reveal and the marks it looks for. */
export function spanKey(span: Span): string {
  return `${span.block}:${span.start}:${span.end}`;
}

export function planMarks(index: TextIndex, analysis: Analysis, types?: readonly Entity['type'][]): Plan {
  const chosen = types ? new Set(types) : null;
  const mentions: { entity: Entity; mention: number; span: Span }[] = [];
  for (const entity of analysis.entities) {
    if (chosen && !chosen.has(entity.type)) continue;
    entity.mentions.forEach((span, mention) => mentions.push({ entity, mention, span }));
  }
  mentions.sort((a, b) => a.span.block - b.span.block || a.span.start - b.span.start || b.span.end - a.span.end);
  const starts = locateBlocks(index, analysis.blocks, new Set(mentions.map((m) => m.span.block)));

  let unplaced = 0;
  let hint = 0;
  const located: { at: [number, number]; item: (typeof mentions)[number] }[] = [];
  for (const item of mentions) {
    const at = locateSpan(index, analysis.blocks, starts, item.span, hint);
    if (!at) {
      unplaced++;
      continue;
    }
    hint = at[1];
    located.push({ at, item });
  }
  // Overlapping mentions (a tolerant match landing on another's words) would nest marks: the first one keeps them.
  located.sort((a, b) => a.at[0] - b.at[0] || b.at[1] - a.at[1]);
  const pieces: PlannedPiece[] = [];
  const placed = new Set<string>();
  let reached = -1;
  for (const { at, item } of located) {
    const parts = at[0] >= reached ? piecesOf(index, at[0], at[1]) : null;
    if (!parts) {
      unplaced++;
      continue;
    }
    reached = at[1];
    placed.add(item.entity.id);
    const key = spanKey(item.span);
    parts.forEach((part, i) => pieces.push({ ...part, entity: item.entity, mention: item.mention, lead: i === 0, key }));
  }
  pieces.sort((a, b) => a.order - b.order || b.start - a.start);
  return { pieces, entities: placed.size, unplaced };
}
