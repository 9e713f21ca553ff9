import { describe, it, expect } from 'vitest';
import {
  codePointLength,
  codePointToUtf16,
  isBmpOnly,
  sliceCodePoints,
  utf16ToCodePoint,
} from './code-points';

const SAMPLES = [
  '',
  'plain ASCII',
  'café — “quoted”',
  'e\u0301 combining',
  '👍🏽 thumbs',
  '👨‍👩‍👧 family',
  '中文 text',
  '𠀀 astral CJK 𠀁',
  'lone \uD800 high and \uDC00 low',
  '\uDBFF\uDFFF at the end 😀',
  '😀😀😀',
];

/** Reference: UTF-16 start index of every code point, plus the string's length. */
function starts(s: string): number[] {
  const result: number[] = [];
  let i = 0;
  for (const ch of s) {
    result.push(i);
    i += ch.length;
  }
  result.push(s.length);
  return result;
}

describe('codePointLength', () => {
  it('counts code points, not UTF-16 units or graphemes', () => {
    expect(codePointLength('abc')).toBe(3);
    expect(codePointLength('😀')).toBe(1);
    expect(codePointLength('👍🏽')).toBe(2);
    expect(codePointLength('👨‍👩‍👧')).toBe(5);
    expect(codePointLength('e\u0301')).toBe(2);
    expect(codePointLength('𠀀')).toBe(1);
    expect(codePointLength('\uD800x')).toBe(2);
  });

  it('agrees with Array.from on every sample', () => {
    for (const s of SAMPLES) expect(codePointLength(s)).toBe(Array.from(s).length);
  });
});

describe('isBmpOnly', () => {
  it('is true only when no high surrogate is present', () => {
    expect(isBmpOnly('中文 café')).toBe(true);
    expect(isBmpOnly('a😀')).toBe(false);
  });
});

describe('utf16ToCodePoint / codePointToUtf16', () => {
  it('round-trip every code point boundary of every sample', () => {
    for (const s of SAMPLES) {
      const reference = starts(s);
      reference.forEach((utf16, cp) => {
        expect(codePointToUtf16(s, cp)).toBe(utf16);
        expect(utf16ToCodePoint(s, utf16)).toBe(cp);
      });
    }
  });

  it('rounds an index inside a surrogate pair down to the pair start', () => {
    expect(utf16ToCodePoint('a😀b', 2)).toBe(1);
    expect(utf16ToCodePoint('😀😀', 3)).toBe(1);
  });

  it('clamps out-of-range indices', () => {
    expect(codePointToUtf16('a😀b', -3)).toBe(0);
    expect(codePointToUtf16('a😀b', 99)).toBe(4);
    expect(codePointToUtf16('abc', 99)).toBe(3);
    expect(utf16ToCodePoint('a😀b', 99)).toBe(3);
    expect(utf16ToCodePoint('a😀b', -1)).toBe(0);
    expect(codePointToUtf16('a😀b', Number.NaN)).toBe(0);
  });
});

describe('sliceCodePoints', () => {
  it('slices by code point like Array.from().slice().join()', () => {
    for (const s of SAMPLES) {
      const cps = Array.from(s);
      for (let start = 0; start <= cps.length; start++) {
        for (let end = start; end <= cps.length + 1; end++) {
          expect(sliceCodePoints(s, start, end)).toBe(cps.slice(start, end).join(''));
        }
      }
    }
  });

  it('returns an empty string for reversed bounds', () => {
    expect(sliceCodePoints('a😀b', 2, 1)).toBe('');
    expect(sliceCodePoints('abc', 2, 1)).toBe('');
  });

  it('keeps pairs whole', () => {
    expect(sliceCodePoints('x👍🏽y', 1, 3)).toBe('👍🏽');
    expect(sliceCodePoints('𠀀中', 0, 1)).toBe('𠀀');
  });
});
