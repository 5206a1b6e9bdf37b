// Per-token feature ids for the entity tagger: the word, its shape, affixes, capitals, a ±2 context window, the name lists, common English words and document case hints.
import { dictionaryClass } from '../gazetteer/dictionary';
import { GAZETTEER_KINDS } from '../gazetteer/lists';
import { gazetteerMarks } from '../gazetteer/match';
import { FNV_OFFSET, fold, mixInt, mixText } from './hash';
import { nameRunCodes } from './name-runs';
import { capClass, isAllCapsSentence, shortShape, wordShape } from './shape';

/** Features per token; every token gets exactly this many ids, so token i owns ids [i*F, (i+1)*F). */
export const FEATURES_PER_TOKEN = 30 + GAZETTEER_KINDS.length + 13;

/** Longest part of a word the features look at; a 5 MB "word" costs no more than a long one. */
const MAX_WORD = 48;
const BOS = '<s>';
const EOS = '</s>';
const SEP = 0xfffe;
const BAR = '|'.charCodeAt(0);
/** Run codes (name-runs.ts, under 2^8) as decimal text, made once instead of per token. */
const DECIMALS = Array.from({ length: 256 }, (_, code) => String(code));
const decimal = (code: number): string => DECIMALS[code] ?? String(code);

/** The view of a sentence the features read, each array indexed by token. */
interface TokenView {
  exact: string[];
  lower: string[];
  shape: string[];
  short: string[];
  cap: number[];
  flags: number[];
  /** Per token, what its lower-case form is as an English word (gazetteer/dictionary.ts: 0 none, 1 also a name, 2 common). */
  dictionary: number[];
  /** Per token, the name lists' begin/inside bits (gazetteer/match.ts). */
  marks: Uint16Array;
}

function viewOf(words: readonly string[], marks?: Uint16Array): TokenView {
  const exact = words.map((word) => (word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word));
  const lower = exact.map((word) => word.toLowerCase());
  return {
    exact,
    lower,
    shape: exact.map(wordShape),
    short: exact.map(shortShape),
    cap: exact.map(capClass),
    flags: exact.map(flagsOf),
    dictionary: lower.map(dictionaryClass),
    marks: marks ?? gazetteerMarks(exact),
  };
}

/** Bit set: 1 digit, 2 hyphen, 4 apostrophe, 8 dot, 16 no letter or digit at all, 32 single character. */
export function flagsOf(word: string): number {
  let flags = 0;
  let alnum = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) flags |= 1;
    else if (code === 45) flags |= 2;
    else if (code === 39 || code === 0x2019) flags |= 4;
    else if (code === 46) flags |= 8;
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code >= 128) alnum = true;
  }
  if (!alnum) flags |= 16;
  if (word.length === 1) flags |= 32;
  return flags;
}

/** Folds a begin/inside mark to one bit per kind. */
function compressKinds(mark: number): number {
  let kinds = 0;
  for (let kind = 0; kind < GAZETTEER_KINDS.length; kind++) if ((mark >> (2 * kind)) & 3) kinds |= 1 << kind;
  return kinds;
}

/**
 * Hashed feature ids (each in [0, 2^bits)) for every token of a sentence, FEATURES_PER_TOKEN per token.
 * Feature kinds are numbered; the number is mixed into the hash so equal strings of different kinds differ.
 */
export function extractFeatures(words: readonly string[], bits: number, hints?: Uint8Array, labels?: Uint8Array, marks?: Uint16Array): Int32Array {
  const n = words.length;
  const out = new Int32Array(n * FEATURES_PER_TOKEN);
  const v = viewOf(words, marks);
  const caps = isAllCapsSentence(v.exact) ? 1 : 0;
  const lowerAt = (i: number) => (i < 0 ? BOS : i >= n ? EOS : (v.lower[i] ?? ''));
  const shortAt = (i: number) => (i < 0 ? BOS : i >= n ? EOS : (v.short[i] ?? ''));
  const runs = nameRunCodes(v.cap, v.lower, v.marks);
  // Which kinds a token is part of (one bit per kind), ignoring where the entry begins; BOS/EOS have none.
  const kindsAt = (i: number) => {
    const mark = i < 0 || i >= n ? 0 : (v.marks[i] ?? 0);
    return mark ? compressKinds(mark) : 0;
  };
  const K = GAZETTEER_KINDS.length;
  // How the word is written elsewhere in the document (document.ts); none when tagged alone.
  const hintAt = (i: number) => (i < 0 || i >= n || !hints ? 0 : (hints[i] ?? 0));
  // What each word is in the dictionary (gazetteer/dictionary.ts); 3 past either end of the sentence.
  const dictionaryAt = (i: number) => (i < 0 || i >= n ? 3 : (v.dictionary[i] ?? 0));
  let k = 0;
  const put = (hash: number) => {
    out[k++] = fold(hash, bits);
  };
  const text = (kind: number, value: string) => put(mixText(mixInt(FNV_OFFSET, kind), value));
  const pair = (kind: number, a: string, b: string) => put(mixText(mixInt(mixText(mixInt(FNV_OFFSET, kind), a), SEP), b));
  const num = (kind: number, value: number) => put(mixInt(mixInt(FNV_OFFSET, kind), value));
  for (let i = 0; i < n; i++) {
    const lower = v.lower[i] ?? '';
    const cap = v.cap[i] ?? 0;
    const position = i === 0 ? 0 : i === n - 1 ? 2 : 1;
    num(1, 0); // bias
    text(2, lower);
    text(3, v.exact[i] ?? '');
    text(4, v.shape[i] ?? '');
    text(5, v.short[i] ?? '');
    for (let len = 1; len <= 4; len++) put(mixText(mixInt(FNV_OFFSET, 5 + len), lower, 0, len)); // 6..9 prefixes
    for (let len = 1; len <= 4; len++) put(mixText(mixInt(FNV_OFFSET, 9 + len), lower, Math.max(0, lower.length - len))); // 10..13 suffixes
    num(14, cap | (caps << 4) | (position << 5));
    num(15, v.flags[i] ?? 0);
    num(16, position | (caps << 2));
    text(17, lowerAt(i - 1));
    text(18, lowerAt(i + 1));
    text(19, lowerAt(i - 2));
    text(20, lowerAt(i + 2));
    text(21, shortAt(i - 1));
    text(22, shortAt(i + 1));
    text(23, shortAt(i - 2));
    text(24, shortAt(i + 2));
    pair(25, lowerAt(i - 1), lower);
    pair(26, lower, lowerAt(i + 1));
    // "a" then "b|c", mixed part by part: the same id as hashing the joined text, without building it.
    put(mixText(mixInt(mixText(mixInt(mixText(mixInt(FNV_OFFSET, 27), shortAt(i - 1)), SEP), v.short[i] ?? ''), BAR), shortAt(i + 1)));
    pair(28, lowerAt(i - 1), v.short[i] ?? '');
    pair(29, v.short[i] ?? '', lowerAt(i + 1));
    num(30, cap | ((i > 0 ? (v.cap[i - 1] ?? 4) : 5) << 3) | ((i < n - 1 ? (v.cap[i + 1] ?? 4) : 5) << 6) | (caps << 9));
    const mark = v.marks[i] ?? 0;
    // 31..(30+K): begins / continues / is outside an entry of each list kind, with the token's capitals.
    for (let kind = 0; kind < GAZETTEER_KINDS.length; kind++) num(31 + kind, ((mark >> (2 * kind)) & 3) | (cap << 2));
    num(40, mark);
    // Neighbours: "Chinese President Xi" — a demonym or title before, an organisation cue after.
    num(41, kindsAt(i - 1) | (cap << K));
    num(42, kindsAt(i + 1) | (cap << K));
    num(43, kindsAt(i - 2) | (kindsAt(i + 2) << K));
    num(44, (runs[i] ?? 0) | (cap << 8));
    pair(45, lower, decimal(runs[i] ?? 0));
    num(46, hintAt(i) | (cap << 2) | (caps << 5) | ((i === 0 ? 1 : 0) << 6));
    num(47, hintAt(i - 1) | (hintAt(i + 1) << 2) | (cap << 4) | (caps << 7));
    // A capital on a common word ("Police said", a headline's "Harvest") is less often a name than one on a word no dictionary has.
    num(50, dictionaryAt(i) | (cap << 2) | (position << 5) | (caps << 7));
    num(51, dictionaryAt(i - 1) | (dictionaryAt(i + 1) << 2) | (dictionaryAt(i) << 4) | (cap << 6));
    // The three words' dictionary classes with their capitals: "Harvest Festival" against "Xi Jinping" (CoNLL++ dev
    // 77.5/77.4 → 78.1/77.5 over seeds 1/2; each sentence alone 74.6/74.6 → 74.9/74.7). Measured and left out: the class
    // with the document case hint (77.9/76.7), and with the token's list kinds (77.5/77.7).
    const capBefore = i > 0 ? (v.cap[i - 1] ?? 4) : 5;
    const capAfter = i < n - 1 ? (v.cap[i + 1] ?? 4) : 5;
    num(52, dictionaryAt(i - 1) | (dictionaryAt(i) << 2) | (dictionaryAt(i + 1) << 4) | (capBefore << 6) | (cap << 9) | (capAfter << 12));
    k += LABEL_FEATURES; // written below by putLabelFeatures
  }
  putLabelFeatures(out, v.cap, caps, bits, labels);
  return out;
}

/** What the label features read of a sentence besides the labels: capClass per token and whether it is in capitals. */
export function capitalsOf(words: readonly string[]): { cap: number[]; caps: number } {
  const exact = words.map((word) => (word.length > MAX_WORD ? word.slice(0, MAX_WORD) : word));
  return { cap: exact.map(capClass), caps: isAllCapsSentence(exact) ? 1 : 0 };
}

/** The last LABEL_FEATURES ids of each token read the document labels, so a second pass rewrites only them. */
export const LABEL_FEATURES = 2;

/**
 * Writes each token's label features (what a first pass called the same word elsewhere in the document,
 * document-labels.ts) into the last LABEL_FEATURES slots of its ids; no labels is the first pass's "none".
 * `cap` is capClass per token and `caps` whether the sentence is in capitals (isAllCapsSentence).
 */
export function putLabelFeatures(out: Int32Array, cap: ArrayLike<number>, caps: number, bits: number, labels?: Uint8Array): void {
  const n = cap.length;
  const labelAt = (i: number) => (i < 0 || i >= n || !labels ? 0 : (labels[i] ?? 0));
  for (let i = 0; i < n; i++) {
    const at = (i + 1) * FEATURES_PER_TOKEN - LABEL_FEATURES;
    const own = labelAt(i);
    out[at] = fold(mixInt(mixInt(FNV_OFFSET, 48), own | ((cap[i] ?? 0) << 5) | (caps << 8)), bits);
    out[at + 1] = fold(mixInt(mixInt(FNV_OFFSET, 49), labelAt(i - 1) | (labelAt(i + 1) << 5) | ((own ? 1 : 0) << 10)), bits);
  }
}
