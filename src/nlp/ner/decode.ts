// Best tag sequence from per-token tag scores and tag-to-tag transition scores: Viterbi or greedy, IOB2-legal.
import { allowedTransition } from './tags';

/**
 * Transition scores are a (T+1)×T matrix: row p < T is "previous tag p", row T is the sentence start.
 * Illegal IOB2 moves (I-X after anything but B-X/I-X, I-X first) are never chosen.
 */
export function legalMask(tags: readonly string[]): Uint8Array {
  const t = tags.length;
  const mask = new Uint8Array((t + 1) * t);
  for (let p = 0; p <= t; p++) {
    for (let c = 0; c < t; c++) {
      const prev = p === t ? 'O' : (tags[p] ?? 'O');
      mask[p * t + c] = allowedTransition(prev, tags[c] ?? 'O') ? 1 : 0;
    }
  }
  return mask;
}

/** Exact best path: emission[i*T + c] plus transitions[p*T + c], maximised over legal sequences. */
export function viterbi(emission: Float32Array, n: number, t: number, transitions: ArrayLike<number>, mask: Uint8Array): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  // Per tag, its legal previous tags in ascending order (ties go to the first, as a scan of all tags would).
  const from: number[][] = [];
  for (let c = 0; c < t; c++) {
    from.push([]);
    for (let p = 0; p < t; p++) if (mask[p * t + c]) from[c]?.push(p);
  }
  // Only the previous token's scores are needed to go on; the back pointers keep the rest.
  let previous = new Float64Array(t);
  let current = new Float64Array(t);
  const back = new Int32Array(n * t);
  for (let c = 0; c < t; c++) previous[c] = mask[t * t + c] ? (emission[c] as number) + (transitions[t * t + c] as number) : -Infinity;
  for (let i = 1; i < n; i++) {
    for (let c = 0; c < t; c++) {
      const legal = from[c] as number[];
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < legal.length; j++) {
        const p = legal[j] as number;
        const s = (previous[p] as number) + (transitions[p * t + c] as number);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      current[c] = best + (emission[i * t + c] as number);
      back[i * t + c] = arg;
    }
    [previous, current] = [current, previous];
  }
  let best = -Infinity;
  for (let c = 0; c < t; c++) {
    const s = previous[c] as number;
    if (s > best) {
      best = s;
      path[n - 1] = c;
    }
  }
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * t + (path[i] as number)] as number;
  return path;
}

/** Left to right, each token takes its best legal tag given the one before it. */
export function greedy(emission: Float32Array, n: number, t: number, transitions: ArrayLike<number>, mask: Uint8Array): Int32Array {
  const path = new Int32Array(n);
  let prev = t;
  for (let i = 0; i < n; i++) {
    let best = -Infinity;
    let arg = 0;
    for (let c = 0; c < t; c++) {
      if (!mask[prev * t + c]) continue;
      const s = (emission[i * t + c] ?? 0) + (transitions[prev * t + c] ?? 0);
      if (s > best) {
        best = s;
        arg = c;
      }
    }
    path[i] = arg;
    prev = arg;
  }
  return path;
}

export type Decoder = 'viterbi' | 'greedy';
export const DECODERS: Record<Decoder, typeof viterbi> = { viterbi, greedy };
