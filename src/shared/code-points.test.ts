// The one code-point ↔ UTF-16 conversion, checked against a walk over the text with for…of
// (which steps by code point): on samples, the seeds, a 1 MB text and random texts (fast-check).
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { seedNames, seedText } from '../../test-support/seed-files';
import {
  CodePointIndex,
  codePointLength,
  nextCodePoint,
  previousCodePoint,
  sliceCodePoints,
  splitsPair,
  utf8ByteLength,
} from './code-points';
import { textWithAstrals } from '../../test-support/text-arbitrary';

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
  'Like 👍🏽 this\nfamily 👨‍👩‍👧 here',
  '😀\n😀\n\n😀x😀',
  'x\uD800y\n\uDC00z',
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

function expectMatchesWalk(text: string): void {
  const root = CodePointIndex.of(text);
  const reference = starts(text);
  const offsets = reference.map((_, offset) => offset);
  expect(root.length).toBe(reference.length - 1);
  expect(offsets.map((offset) => root.toUtf16(offset))).toEqual(reference);
  expect(reference.map((index) => root.toCodePoint(index))).toEqual(offsets);
  expect(reference.map((index) => root.toCodePoint(index, 'up'))).toEqual(offsets);
  // Every UTF-16 index, one inside a pair included, rounds to a code point's start.
  const indexes = Array.from({ length: text.length + 1 }, (_, i) => i);
  const down = indexes.map((i) => (splitsPair(text, i) ? i - 1 : i));
  const up = indexes.map((i) => (splitsPair(text, i) ? i + 1 : i));
  expect(indexes.map((i) => root.toUtf16(root.toCodePoint(i)))).toEqual(down);
  expect(indexes.map((i) => root.toUtf16(root.toCodePoint(i, 'up')))).toEqual(up);
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

describe('utf8ByteLength', () => {
  it('is the length of TextEncoder’s bytes (a lone surrogate as U+FFFD), on samples and random texts', () => {
    const bytes = (s: string) => new TextEncoder().encode(s).length;
    for (const s of SAMPLES) expect(utf8ByteLength(s), JSON.stringify(s)).toBe(bytes(s));
    expect(utf8ByteLength('a€😀\uD83D')).toBe(1 + 3 + 4 + 3);
    fc.assert(fc.property(textWithAstrals(), (s) => utf8ByteLength(s) === bytes(s)));
  });
});

describe('stepping over surrogate pairs', () => {
  it('steps one code point forward and back, two units over a pair', () => {
    expect(nextCodePoint('a😀b', 0)).toBe(1);
    expect(nextCodePoint('a😀b', 1)).toBe(3);
    expect(previousCodePoint('a😀b', 3)).toBe(1);
    expect(previousCodePoint('a😀b', 1)).toBe(0);
    expect(previousCodePoint('a😀b', 0)).toBe(0);
    expect(nextCodePoint('\uD800x', 0)).toBe(1);
    expect(splitsPair('a😀b', 2)).toBe(true);
    expect(splitsPair('a😀b', 1)).toBe(false);
    expect(splitsPair('a😀b', 3)).toBe(false);
  });

  it('visits the same code points as for…of, both ways', () => {
    fc.assert(
      fc.property(textWithAstrals(), (text) => {
        const forward: number[] = [];
        for (let i = 0; i < text.length; i = nextCodePoint(text, i)) forward.push(i);
        const backward: number[] = [];
        for (let i = text.length; i > 0; ) backward.unshift((i = previousCodePoint(text, i)));
        expect(forward).toEqual(starts(text).slice(0, -1));
        expect(backward).toEqual(forward);
      }),
    );
  });
});

describe('sliceCodePoints', () => {
  it('slices like Array.from(s).slice(...).join("")', () => {
    for (const s of SAMPLES) {
      const cps = Array.from(s);
      for (let start = 0; start <= cps.length + 1; start++) {
        for (let end = start; end <= cps.length + 1; end++) {
          expect(sliceCodePoints(s, start, end)).toBe(cps.slice(start, end).join(''));
        }
      }
    }
  });

  it('returns "" for a reversed range and keeps astral characters whole', () => {
    expect(sliceCodePoints('a😀b', 2, 1)).toBe('');
    expect(sliceCodePoints('abc', 2, 1)).toBe('');
    expect(sliceCodePoints('x👍🏽y', 1, 3)).toBe('👍🏽');
    expect(sliceCodePoints('𠀀中', 0, 1)).toBe('𠀀');
  });
});

describe('CodePointIndex', () => {
  for (const [i, text] of SAMPLES.entries()) {
    it(`matches a walk over sample ${i}`, () => expectMatchesWalk(text));
  }

  it('matches a walk over every seed', () => {
    for (const name of seedNames()) expectMatchesWalk(seedText(name));
  });

  it('matches a walk over random texts with astral characters and combining marks', () => {
    fc.assert(fc.property(textWithAstrals(), (text) => expectMatchesWalk(text)));
  });

  it('rounds an index inside a surrogate pair down, or up when asked', () => {
    const root = CodePointIndex.of('a😀b\n😀');
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => root.toCodePoint(i))).toEqual([1, 1, 2, 3, 4, 4, 5]);
    expect([1, 2, 3, 4, 5, 6, 7].map((i) => root.toCodePoint(i, 'up'))).toEqual([1, 2, 2, 3, 4, 5, 5]);
  });

  it('throws a RangeError for out-of-range or fractional input', () => {
    const root = CodePointIndex.of('a😀\nb');
    expect(root.toCodePoint(5)).toBe(4);
    expect(() => root.toCodePoint(6)).toThrow(/UTF-16 index 6 is out of range/);
    expect(() => root.toCodePoint(-1)).toThrow(RangeError);
    expect(() => root.toCodePoint(0.5)).toThrow(RangeError);
    expect(() => root.toUtf16(5)).toThrow(/offset 5 is out of range/);
    expect(() => root.toUtf16(Number.NaN)).toThrow(RangeError);
  });

  it('round-trips random offsets in a 1 MB astral-heavy text', () => {
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['word ', '😀', '👍🏽', '𠀀', '中文', '\n', '\n\n', 'e\u0301'];
    const parts: string[] = [];
    let size = 0;
    while (size < 1_000_000) {
      const piece = pieces[random(pieces.length)] ?? '';
      parts.push(piece);
      size += piece.length;
    }
    const text = parts.join('');
    const root = CodePointIndex.of(text);
    const reference = starts(text);
    const offsets = Array.from({ length: 5000 }, () => random(root.length + 1));
    expect(offsets.map((offset) => root.toUtf16(offset))).toEqual(offsets.map((offset) => reference[offset]));
    expect(offsets.map((offset) => root.toCodePoint(reference[offset] ?? -1))).toEqual(offsets);
  });
});
