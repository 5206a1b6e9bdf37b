// The tag set of the entity tagger (IOB2 over PER/LOC/ORG/MISC) and the spans a tag sequence names.

/** Entity types the tagger knows; MISC is learned so demonyms and titles of works stop leaking into the others. */
export type EntityType = 'PER' | 'LOC' | 'ORG' | 'MISC';
export const ENTITY_TYPES: readonly EntityType[] = ['PER', 'LOC', 'ORG', 'MISC'];

/** Every tag, in the order of the model's weight rows; `O` is first. */
export const TAGS: readonly string[] = ['O', ...ENTITY_TYPES.flatMap((type) => [`B-${type}`, `I-${type}`])];
export const TAG_INDEX: ReadonlyMap<string, number> = new Map(TAGS.map((tag, index) => [tag, index]));

/** A token range [start, end) (end exclusive) and its type. */
export type EntitySpan = [start: number, end: number, type: string];

/** The type a tag names, or null for `O` and anything unparseable. */
export function tagType(tag: string): string | null {
  return tag.length > 2 && (tag[0] === 'B' || tag[0] === 'I') && tag[1] === '-' ? tag.slice(2) : null;
}

/**
 * Spans of an IOB2 sequence. An I- that does not continue a span of its type opens one, as conlleval
 * does, so IOB1 input and a tagger's stray I- still give sensible spans.
 */
export function entitySpans(tags: readonly string[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let open: EntitySpan | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 'O';
    const type = tagType(tag);
    if (open && (type !== open[2] || tag[0] === 'B')) {
      open[1] = i;
      spans.push(open);
      open = null;
    }
    if (type && !open) open = [i, i + 1, type];
  }
  if (open) {
    open[1] = tags.length;
    spans.push(open);
  }
  return spans;
}

/** Rewrites any IOB sequence (IOB1, stray I-, unknown prefixes) as IOB2 with the same spans. */
export function toIob2(tags: readonly string[]): string[] {
  const out: string[] = tags.map(() => 'O');
  for (const [start, end, type] of entitySpans(tags)) {
    for (let i = start; i < end; i++) out[i] = `${i === start ? 'B' : 'I'}-${type}`;
  }
  return out;
}

/** Whether `next` may follow `prev` in IOB2 (`I-X` only after `B-X` or `I-X`). */
export function allowedTransition(prev: string, next: string): boolean {
  if (next[0] !== 'I') return true;
  return prev !== 'O' && prev.slice(2) === next.slice(2);
}
