// Turns a page's raw bytes into text: BOM, then the charset the page declares, then a UTF-8 / windows-1252 guess.

export interface DecodedHtml {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1251", "shift_jis"). */
  charset: string;
}

/** How far into the page the declaration is looked for (browsers use 1024 bytes; real pages put it later). */
const PRESCAN_BYTES = 4096;

/**
 * Decodes an HTML (or XML) page the way a browser would without HTTP headers.
 * Order: byte-order mark; `<meta charset>` / `<meta http-equiv=Content-Type>` / `<?xml encoding?>` in the
 * first 4 KB; otherwise UTF-8 when the bytes are valid UTF-8, else windows-1252.
 */
export function decodeHtml(bytes: Uint8Array): DecodedHtml {
  const fromBom = encodingFromBom(bytes);
  if (fromBom) return decodeWith(fromBom.charset, bytes.subarray(fromBom.length));

  const declared = declaredEncoding(bytes.subarray(0, PRESCAN_BYTES));
  const strictUtf8 = decodeUtf8Strictly(bytes);
  if (declared && declared !== 'utf-8') {
    // Saved pages are often re-encoded to UTF-8 while keeping their old declaration. Non-ASCII bytes that
    // happen to form valid UTF-8 are vanishingly rare in legacy text, so valid UTF-8 wins over the label.
    if (strictUtf8 !== null && hasNonAscii(bytes)) return { text: strictUtf8, charset: 'utf-8' };
    return decodeWith(declared, bytes);
  }
  if (declared === 'utf-8' || strictUtf8 !== null) {
    return strictUtf8 !== null ? { text: strictUtf8, charset: 'utf-8' } : decodeWith('utf-8', bytes);
  }
  return decodeWith('windows-1252', bytes);
}

function encodingFromBom(bytes: Uint8Array): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

/** The encoding the page declares in its first bytes, as a WHATWG name, or null when none is usable. */
export function declaredEncoding(head: Uint8Array): string | null {
  // Every label is ASCII, so reading the head as Latin-1 keeps offsets and never fails.
  const text = latin1(head).replace(/<!--[\s\S]*?(?:-->|$)/g, ' ');
  for (const label of declarationLabels(text)) {
    const name = canonicalEncoding(label);
    if (name) return name;
  }
  return null;
}

/** Candidate labels in document order: XML declaration first, then each meta tag. */
function declarationLabels(text: string): string[] {
  const labels: string[] = [];
  const xml = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']?\s*([\w.:-]+)/i.exec(text);
  if (xml?.[1]) labels.push(xml[1]);
  for (const tag of text.match(/<meta\b[^>]*>/gi) ?? []) {
    const charset = attribute(tag, 'charset');
    if (charset) {
      labels.push(charset);
      continue;
    }
    const httpEquiv = attribute(tag, 'http-equiv');
    const content = attribute(tag, 'content');
    if (httpEquiv?.toLowerCase() === 'content-type' && content) {
      const match = /charset\s*=\s*["']?\s*([^"';\s]+)/i.exec(content);
      if (match?.[1]) labels.push(match[1]);
    }
  }
  return labels;
}

function attribute(tag: string, name: string): string | null {
  const pattern = new RegExp(`[\\s/]${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>/]+))`, 'i');
  const match = pattern.exec(tag);
  if (!match) return null;
  return (match[1] ?? match[2] ?? match[3] ?? '').trim();
}

/** The WHATWG name for a label, or null for an unknown label. */
function canonicalEncoding(label: string): string | null {
  // x-user-defined is a WHATWG label Node's TextDecoder lacks; its ASCII half matches windows-1252.
  if (label.trim().toLowerCase() === 'x-user-defined') return 'windows-1252';
  let name: string;
  try {
    name = new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
  // A page whose ASCII bytes declare UTF-16 cannot really be UTF-16: the HTML spec says read it as UTF-8.
  return name === 'utf-16le' || name === 'utf-16be' ? 'utf-8' : name;
}

function decodeWith(charset: string, bytes: Uint8Array): DecodedHtml {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset);
  } catch {
    decoder = new TextDecoder('windows-1252');
  }
  const text = decoder.decode(bytes);
  return { text: decoder.encoding === 'windows-1252' ? repairWindows1252(text) : text, charset: decoder.encoding };
}

/** Windows-1252's characters at 0x80–0x9F, in byte order; a space marks the five bytes it leaves undefined. */
const WINDOWS_1252_HIGH = '€ ‚ƒ„…†‡ˆ‰Š‹Œ Ž  ‘’“”•–—˜™š›œ žŸ';

/**
 * Some Node releases decode "windows-1252" as ISO-8859-1, leaving 0x80–0x9F as C1 controls (curly quotes
 * become invisible). A correct decoder never yields those controls except for the five undefined bytes,
 * so mapping them is right on every runtime.
 */
function repairWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (control) => {
    const replacement = WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80];
    return replacement && replacement !== ' ' ? replacement : control;
  });
}

function decodeUtf8Strictly(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true;
  return false;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  for (let start = 0; start < bytes.length; start += 8192) {
    text += String.fromCharCode(...bytes.subarray(start, start + 8192));
  }
  return text;
}
