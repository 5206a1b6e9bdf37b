// A seeded random source for property tests: the same inputs on every run, so a failure can be replayed.

export interface SeededRandom {
  /** The next number in [0, 1). */
  next(): number;
  /** One of `items`. */
  pick<T>(items: readonly T[]): T;
  /** Up to `maxLength - 1` characters drawn from `alphabet`. */
  text(alphabet: readonly string[], maxLength: number): string;
}

/** A linear congruential generator (the C library's constants): small, fast and the same everywhere. */
export function seededRandom(seed: number): SeededRandom {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const text = (alphabet: readonly string[], maxLength: number) => {
    let value = '';
    for (let i = Math.floor(next() * maxLength); i > 0; i -= 1) value += pick(alphabet);
    return value;
  };
  return { next, pick, text };
}
