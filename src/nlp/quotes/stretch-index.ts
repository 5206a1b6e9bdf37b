// Looks up a block's quoted stretches by offset in logarithmic time, so a very long paragraph stays fast.

/** A stretch [start, end) with its marks; stretches of one block are sorted and never overlap. */
export interface MarkedRange { start: number; end: number }

export class StretchIndex<T extends MarkedRange = MarkedRange> {
  private readonly ends = new Set<number>();
  private readonly byStart = new Map<number, T>();

  constructor(readonly stretches: readonly T[]) {
    for (const stretch of stretches) {
      this.ends.add(stretch.end);
      this.byStart.set(stretch.start, stretch);
    }
  }

  /** The stretch with `start < offset < end`, if any. */
  around(offset: number): T | undefined {
    const i = this.lastStartingBefore(offset);
    const stretch = i >= 0 ? this.stretches[i] : undefined;
    return stretch && stretch.end > offset ? stretch : undefined;
  }

  endsAt(offset: number): boolean {
    return this.ends.has(offset);
  }

  startingAt(offset: number): T | undefined {
    return this.byStart.get(offset);
  }

  /** The stretches that share at least one character with [start, end). */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    for (let i = Math.max(0, this.lastStartingBefore(start)); i < this.stretches.length; i += 1) {
      const stretch = this.stretches[i] as T;
      if (stretch.start >= end) break;
      if (stretch.end > start) out.push(stretch);
    }
    return out;
  }

  /** Index of the last stretch whose start is below `offset`, or -1. */
  private lastStartingBefore(offset: number): number {
    let low = 0;
    let high = this.stretches.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((this.stretches[middle] as T).start < offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }
}
