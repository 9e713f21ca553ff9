import { describe, it, expect } from 'vitest';
import { seedBytes, seedNames } from '../../test-support/seed-files';
import {
  BINARY_FILE_MESSAGE,
  EMPTY_FILE_MESSAGE,
  decodeArticleBytes,
  findInvalidUtf8,
  normalizeText,
} from './text-normalization';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('normalizeText', () => {
  it('turns CRLF and lone CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd\r\n\r\ne\r')).toBe('a\nb\nc\nd\n\ne\n');
    expect(normalizeText('\r\r\n')).toBe('\n\n');
  });

  it('removes one leading BOM only', () => {
    expect(normalizeText('\uFEFFtext')).toBe('text');
    expect(normalizeText('\uFEFF\uFEFFtext')).toBe('\uFEFFtext');
    expect(normalizeText('a\uFEFFb')).toBe('a\uFEFFb');
  });

  it('changes nothing else: no trimming, no Unicode normalisation', () => {
    const raw = '  e\u0301 caf\u00e9 \t\n\n  ';
    expect(normalizeText(raw)).toBe(raw);
  });
});

describe('decodeArticleBytes', () => {
  it('decodes every seed unchanged (they are LF-only UTF-8)', () => {
    for (const name of seedNames()) {
      const bytes = seedBytes(name);
      const result = decodeArticleBytes(bytes);
      expect(result).toEqual({ ok: true, text: new TextDecoder().decode(bytes) });
    }
  });

  it('strips the BOM and normalizes line endings', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Title\r\nBody\rEnd')]);
    expect(decodeArticleBytes(bytes)).toEqual({ ok: true, text: 'Title\nBody\nEnd' });
  });

  it('names the first invalid byte', () => {
    const bytes = new Uint8Array([...utf8('héllo '), 0xff, 0x41]);
    expect(decodeArticleBytes(bytes)).toEqual({
      ok: false,
      message: 'This file is not UTF-8 text (invalid byte sequence at byte 7)',
    });
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]);
    expect(decodeArticleBytes(latin1)).toMatchObject({
      ok: false,
      message: 'This file is not UTF-8 text (invalid byte sequence at byte 3)',
    });
  });

  it('refuses binary content', () => {
    expect(decodeArticleBytes(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toEqual({
      ok: false,
      message: BINARY_FILE_MESSAGE,
    });
    const controls = utf8('ab\u0001\u0002\u0003\u0004\u0005\u0006cd');
    expect(decodeArticleBytes(controls)).toEqual({ ok: false, message: BINARY_FILE_MESSAGE });
  });

  it('accepts a text with a few stray control characters and form feeds', () => {
    const text = `Page one\fPage two has a stray \u0007 bell ${'and more words '.repeat(5)}`;
    expect(decodeArticleBytes(utf8(text))).toEqual({ ok: true, text });
  });

  it('refuses UTF-16 with a clear message', () => {
    const result = decodeArticleBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/UTF-16/);
  });

  it('refuses empty and whitespace-only files', () => {
    for (const s of ['', ' ', '\n\n', ' \t\r\n ', '\uFEFF', '\uFEFF  \u00a0\u3000']) {
      expect(decodeArticleBytes(utf8(s))).toEqual({ ok: false, message: EMPTY_FILE_MESSAGE });
    }
  });
});

describe('findInvalidUtf8', () => {
  it('finds overlongs, surrogates, out-of-range and truncated sequences', () => {
    expect(findInvalidUtf8(utf8('ok 😀 中'))).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(findInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(new Uint8Array([0x41, 0x42, 0xe4, 0xb8]))).toBe(2);
    expect(findInvalidUtf8(new Uint8Array([0x80]))).toBe(0);
  });

  it('agrees with a fatal TextDecoder on random byte strings', () => {
    let seed = 12345;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed;
    };
    const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
    for (let round = 0; round < 3000; round++) {
      const bytes = new Uint8Array(1 + (next() % 8));
      for (let i = 0; i < bytes.length; i++) {
        bytes[i] = next() % 3 === 0 ? next() % 128 : 0x80 + (next() % 128);
      }
      let valid = true;
      try {
        decoder.decode(bytes);
      } catch {
        valid = false;
      }
      expect(findInvalidUtf8(bytes) === -1).toBe(valid);
    }
  });
});
