// Longest-match lookup of the name lists over a sentence: which tokens begin (B) or continue (I) an entry of each kind.
import { GAZETTEER_KINDS, gazetteerEntries, PREFIX } from './lists';

/** Words longer than this are in no list; skipping them keeps a 5 MB "word" cheap. */
const MAX_ENTRY_WORD = 40;

/** Bit of "token begins an entry of kind k" in a mark; kind k's "continues" bit is the next one up. */
export const beginBit = (kind: number): number => 1 << (2 * kind);
export const insideBit = (kind: number): number => 1 << (2 * kind + 1);

/**
 * One mark per token: for each kind, bit 2k when the token begins an entry of that kind, bit 2k+1 when it
 * continues one. Per kind, the longest entry starting at a token wins and entries of a kind never overlap,
 * so "People 's Republic of China" is one country, not "China" inside something else.
 */
export function gazetteerMarks(words: readonly string[]): Uint16Array {
  const n = words.length;
  const marks = new Uint16Array(n);
  const bits = gazetteerEntries();
  const lower = words.map((word) => (word.length > MAX_ENTRY_WORD ? '' : word.toLowerCase()));
  const freeFrom = new Int32Array(GAZETTEER_KINDS.length); // per kind, the first token not inside an entry
  // The entries starting at the current token: kind bits by length; a key is extended only while some entry goes on.
  const kindsByLength: number[] = [];
  for (let i = 0; i < n; i++) {
    kindsByLength.length = 0;
    let key = lower[i] ?? '';
    let found = key ? (bits.get(key) ?? 0) : 0;
    for (let len = 1; found; len++) {
      kindsByLength[len] = found & ~PREFIX;
      if (!(found & PREFIX) || i + len >= n || !lower[i + len]) break;
      key = `${key} ${lower[i + len]}`;
      found = bits.get(key) ?? 0;
    }
    for (let len = kindsByLength.length - 1; len >= 1; len--) {
      const kinds = kindsByLength[len] ?? 0;
      if (!kinds) continue;
      for (let k = 0; k < GAZETTEER_KINDS.length; k++) {
        if (!(kinds & (1 << k)) || (freeFrom[k] ?? 0) > i) continue;
        marks[i] = (marks[i] ?? 0) | beginBit(k);
        for (let j = i + 1; j < i + len; j++) marks[j] = (marks[j] ?? 0) | insideBit(k);
        freeFrom[k] = i + len;
      }
    }
  }
  return marks;
}

/** Whether a token's mark says it is part (begin or inside) of an entry of kind k. */
export function hasKind(mark: number, kind: number): boolean {
  return (mark & (beginBit(kind) | insideBit(kind))) !== 0;
}
