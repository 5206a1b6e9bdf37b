// FNV-1a hashing of feature names straight from their parts, so extraction never concatenates strings.

export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** Mixes the UTF-16 code units of `text` (from `from`, `length` units) into `hash`. */
export function mixText(hash: number, text: string, from = 0, length = text.length - from): number {
  let h = hash;
  const end = Math.min(text.length, from + length);
  for (let i = from; i < end; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return h;
}

/** Mixes one small integer (a feature kind, a separator) into `hash`. */
export function mixInt(hash: number, value: number): number {
  return Math.imul(hash ^ (value & 0xffff), FNV_PRIME);
}

/** Folds a 32-bit hash into `bits` bits (xor-fold keeps the high bits' entropy). */
export function fold(hash: number, bits: number): number {
  return ((hash >>> bits) ^ hash) & ((1 << bits) - 1);
}
