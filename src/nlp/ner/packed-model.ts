// The shipped model as bytes: one int8 per stored weight, so the extension and the CLI load it in milliseconds, not a 6 MB JSON parse.
import type { LoadedModel, StoredModel } from './model';

/**
 * Layout (little-endian): "NLNER1" · u32 header length · header JSON (format, bits, tags, decoder, scale, rows, twoPass when set)
 * · row gaps as LEB128 varints · rows × tags int8 weights · (tags + 1) × tags int8 transitions.
 * The stored model is already quantised to integers in ±levels (≤ 127), so int8 loses nothing.
 */
const MAGIC = 'NLNER1';

interface PackedHeader {
  format: StoredModel['format'];
  bits: number;
  tags: string[];
  decoder: StoredModel['decoder'];
  scale: number;
  rows: number;
  twoPass?: boolean;
}

/** The stored model as bytes; throws when a weight does not fit a signed byte. */
export function packModel(stored: StoredModel): Uint8Array {
  const header: PackedHeader = {
    format: stored.format, bits: stored.bits, tags: stored.tags, decoder: stored.decoder, scale: stored.scale, rows: stored.rows.length,
    ...(stored.twoPass ? { twoPass: true } : {}),
  };
  const headerBytes = new TextEncoder().encode(JSON.stringify(header));
  const gaps: number[] = [];
  for (let gap of stored.rows) {
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  const t = stored.tags.length;
  const size = MAGIC.length + 4 + headerBytes.length + gaps.length + stored.rows.length * t + (t + 1) * t;
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const char of MAGIC) bytes[at++] = char.charCodeAt(0);
  new DataView(bytes.buffer).setUint32(at, headerBytes.length, true);
  at += 4;
  bytes.set(headerBytes, at);
  at += headerBytes.length;
  bytes.set(gaps, at);
  at += gaps.length;
  const int8 = new Int8Array(bytes.buffer);
  for (const list of [stored.weights, stored.transitions]) {
    for (const q of list) {
      if (!Number.isInteger(q) || q < -128 || q > 127) throw new Error(`newslens-ner: weight ${q} does not fit the packed form`);
      int8[at++] = q;
    }
  }
  return bytes;
}

/** Expands packed bytes into the scoring form; throws on bytes that are not a packed model. */
export function unpackModel(bytes: Uint8Array): LoadedModel {
  const fail = (why: string): never => {
    throw new Error(`newslens-ner: not a packed model (${why})`);
  };
  if (bytes.length < MAGIC.length + 4 || String.fromCharCode(...bytes.subarray(0, MAGIC.length)) !== MAGIC) fail('no signature');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const headerLength = view.getUint32(MAGIC.length, true);
  let at = MAGIC.length + 4;
  const header = JSON.parse(new TextDecoder().decode(bytes.subarray(at, at + headerLength))) as PackedHeader;
  at += headerLength;
  const t = header.tags.length;
  const weightsByFeature = new Int8Array((1 << header.bits) * t);
  const int8 = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const features = new Int32Array(header.rows);
  let feature = 0;
  for (let row = 0; row < header.rows; row++) {
    let gap = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = bytes[at++] ?? fail('truncated rows');
      gap |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    feature += gap;
    if (feature >= 1 << header.bits) fail('row out of range');
    features[row] = feature;
  }
  if (at + header.rows * t + (t + 1) * t !== bytes.length) fail('wrong length');
  // A plain copy, not set(subarray(...)): one view object per row (330k rows) made this the slowest part of unpacking.
  for (let row = 0, from = at; row < header.rows; row++) {
    const to = (features[row] ?? 0) * t;
    for (let k = 0; k < t; k++) weightsByFeature[to + k] = int8[from++] ?? 0;
  }
  at += header.rows * t;
  const transitions = new Float32Array((t + 1) * t);
  for (let i = 0; i < transitions.length; i++) transitions[i] = (int8[at + i] ?? 0) * header.scale;
  return { bits: header.bits, tags: header.tags, decoder: header.decoder, twoPass: header.twoPass === true, weightsByFeature, scale: header.scale, transitions };
}
