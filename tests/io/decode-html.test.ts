// decodeHtml: BOM, declared charsets (meta charset, http-equiv, XML declaration) and the fallbacks.
import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredEncoding } from '../../src/io/decode-html';

const ascii = (text: string): number[] => Array.from(text, (char) => char.charCodeAt(0));
const bytesOf = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? ascii(part) : part)));

// "Привет" in windows-1251, "日本" in Shift_JIS, "中国" in GBK, "한국" in EUC-KR, "café" in windows-1252.
const PRIVET_1251 = [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2];
const NIHON_SJIS = [0x93, 0xfa, 0x96, 0x7b];
const ZHONGGUO_GBK = [0xd6, 0xd0, 0xb9, 0xfa];
const HANGUK_EUCKR = [0xc7, 0xd1, 0xb1, 0xb9];
const CAFE_1252 = [0x63, 0x61, 0x66, 0xe9];

describe('decodeHtml', () => {
  it('follows a UTF-8 byte-order mark and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>Türkiye</p>')]);
    expect(decodeHtml(bytes)).toEqual({ text: '<p>Türkiye</p>', charset: 'utf-8' });
  });

  it('follows UTF-16 byte-order marks in both byte orders, over any declaration', () => {
    const text = '<meta charset="windows-1252"><p>Ğ</p>';
    const le = [0xff, 0xfe, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])];
    const be = [0xfe, 0xff, ...Array.from(text).flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff])];
    expect(decodeHtml(new Uint8Array(le))).toEqual({ text, charset: 'utf-16le' });
    expect(decodeHtml(new Uint8Array(be))).toEqual({ text, charset: 'utf-16be' });
  });

  it('reads <meta charset> in any quoting', () => {
    for (const tag of ['<meta charset="windows-1251">', "<meta charset='windows-1251'/>", '<META CHARSET=cp1251>']) {
      const result = decodeHtml(bytesOf(`<html><head>${tag}</head><body>`, PRIVET_1251));
      expect(result.charset).toBe('windows-1251');
      expect(result.text.endsWith('Привет')).toBe(true);
    }
  });

  it('reads the charset from <meta http-equiv="Content-Type" content="…">, attributes in either order', () => {
    const first = bytesOf('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">', NIHON_SJIS);
    const second = bytesOf("<meta content='text/html;charset=gbk' http-equiv='content-type'>", ZHONGGUO_GBK);
    expect(decodeHtml(first)).toMatchObject({ charset: 'shift_jis' });
    expect(decodeHtml(first).text.endsWith('日本')).toBe(true);
    expect(decodeHtml(second).text.endsWith('中国')).toBe(true);
  });

  it('reads an XML declaration’s encoding', () => {
    const result = decodeHtml(bytesOf('<?xml version="1.0" encoding="EUC-KR"?><html><p>', HANGUK_EUCKR));
    expect(result).toEqual({ text: '<?xml version="1.0" encoding="EUC-KR"?><html><p>한국', charset: 'euc-kr' });
  });

  it('finds a declaration after long head content but not one hidden in a comment', () => {
    const padding = `<title>x</title><script>${'var a = 1;'.repeat(200)}</script>`;
    expect(decodeHtml(bytesOf(padding, '<meta charset="koi8-r">')).charset).toBe('koi8-r');
    expect(declaredEncoding(bytesOf('<!-- <meta charset="koi8-r"> --><meta charset="iso-8859-2">'))).toBe('iso-8859-2');
  });

  it('ignores a declaration beyond the prescan window', () => {
    const late = bytesOf(' '.repeat(5000), '<meta charset="windows-1251">', PRIVET_1251);
    expect(decodeHtml(late).charset).toBe('windows-1252');
  });

  it('falls back when the declared label is unknown', () => {
    expect(decodeHtml(bytesOf('<meta charset="no-such-charset"><p>', CAFE_1252))).toEqual({
      text: '<meta charset="no-such-charset"><p>café',
      charset: 'windows-1252',
    });
    expect(decodeHtml(new TextEncoder().encode('<meta charset="bogus"><p>ü')).charset).toBe('utf-8');
  });

  it('treats a declared UTF-16 in ASCII bytes as UTF-8, as the HTML spec says', () => {
    const bytes = new TextEncoder().encode('<meta charset="utf-16"><p>ö</p>');
    expect(decodeHtml(bytes)).toEqual({ text: '<meta charset="utf-16"><p>ö</p>', charset: 'utf-8' });
  });

  it('without a declaration, reads valid UTF-8 as UTF-8 and anything else as windows-1252', () => {
    expect(decodeHtml(new TextEncoder().encode('<p>Fidancı — ’quoted’</p>'))).toEqual({
      text: '<p>Fidancı — ’quoted’</p>',
      charset: 'utf-8',
    });
    expect(decodeHtml(bytesOf('<p>', CAFE_1252, [0x93, 0x61, 0x94, 0x80, 0x9f, 0x81]))).toEqual({
      text: '<p>café“a”€Ÿ\u0081',
      charset: 'windows-1252',
    });
  });

  it('prefers valid UTF-8 bytes over a stale single-byte declaration', () => {
    const bytes = new TextEncoder().encode('<meta charset="iso-8859-1"><p>Zürich</p>');
    expect(decodeHtml(bytes)).toEqual({ text: '<meta charset="iso-8859-1"><p>Zürich</p>', charset: 'utf-8' });
  });

  it('keeps an ASCII-only page under its declared name', () => {
    expect(decodeHtml(bytesOf('<meta charset="windows-1250"><p>plain</p>')).charset).toBe('windows-1250');
  });

  it('decodes empty input and binary noise without throwing', () => {
    expect(decodeHtml(new Uint8Array())).toEqual({ text: '', charset: 'utf-8' });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);
    expect(decodeHtml(png).charset).toBe('windows-1252');
  });
});
