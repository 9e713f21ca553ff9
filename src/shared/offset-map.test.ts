import { describe, it, expect } from 'vitest';
import { seedNames, seedText } from '../../test-support/seed-files';
import { isPairStart } from './code-points';
import { OffsetMap } from './offset-map';

const seedTexts = seedNames().map(seedText);

/** Straightforward reference: walks the text once and tabulates both directions. */
function naiveMaps(text: string): { toPosition: number[]; toOffset: number[] } {
  const toPosition: number[] = [];
  const paragraphStarts = [0];
  let position = 1;
  for (const ch of text) {
    toPosition.push(position);
    if (ch === '\n') {
      paragraphStarts.push(position + 1);
      position += 2;
    } else position += ch.length;
  }
  toPosition.push(position);
  const contentSize = position + 1;
  const toOffset: number[] = new Array<number>(contentSize + 1).fill(-1);
  toPosition.forEach((pos, offset) => {
    toOffset[pos] = offset;
  });
  paragraphStarts.forEach((pos) => {
    toOffset[pos] = toOffset[pos + 1] ?? -1;
  });
  toOffset[contentSize] = toPosition.length - 1;
  for (let p = 1; p <= contentSize; p++) {
    if (toOffset[p] === -1) toOffset[p] = toOffset[p - 1] ?? -1;
  }
  return { toPosition, toOffset };
}

function expectMatchesNaive(text: string): void {
  const map = OffsetMap.fromText(text);
  const naive = naiveMaps(text);
  expect(map.length).toBe(Array.from(text).length);
  expect(map.contentSize).toBe(naive.toOffset.length - 1);
  naive.toPosition.forEach((position, offset) => {
    expect(map.toPosition(offset)).toBe(position);
    expect(map.toOffset(position)).toBe(offset);
  });
  naive.toOffset.forEach((offset, position) => {
    expect(map.toOffset(position)).toBe(offset);
  });
}

describe('OffsetMap on the seeds', () => {
  it('round-trips every offset and puts each line start at its paragraph start + 1', () => {
    for (const text of seedTexts) {
      const map = OffsetMap.fromText(text);
      expect(map.lines).toEqual(text.split('\n'));
      for (let o = 0; o <= map.length; o++) {
        expect(map.toOffset(map.toPosition(o))).toBe(o);
      }
      let lineStart = 0;
      let paragraphStart = 0;
      map.lines.forEach((line, i) => {
        expect(map.lineStart(i)).toBe(lineStart);
        expect(map.paragraphStart(i)).toBe(paragraphStart);
        expect(map.toPosition(lineStart)).toBe(paragraphStart + 1);
        expect(map.lineOf(lineStart)).toBe(i);
        lineStart += Array.from(line).length + 1;
        paragraphStart += line.length + 2;
      });
      expect(map.contentSize).toBe(paragraphStart);
    }
  });

  it('matches the naive mapping on every seed', () => {
    for (const text of seedTexts) expectMatchesNaive(text);
  });
});

describe('OffsetMap on tricky text', () => {
  const cases: Record<string, string> = {
    emoji: 'Like 👍🏽 this\nfamily 👨‍👩‍👧 here',
    cjk: '中文新闻\n莫斯科',
    combining: 'cafe\u0301 and re\u0301sume\u0301',
    astral: '𠀀𠀁 astral\n\n𠀂',
    emptyLines: '\n\na\n\n\nb\n',
    trailingNewline: 'one line\n',
    empty: '',
    onlyNewline: '\n',
    loneSurrogate: 'x\uD800y\n\uDC00z',
  };

  for (const [name, text] of Object.entries(cases)) {
    it(`matches the naive mapping: ${name}`, () => expectMatchesNaive(text));
  }

  it('counts code points, not graphemes', () => {
    const map = OffsetMap.fromText('👨‍👩‍👧!');
    expect(map.length).toBe(6);
    expect(map.toPosition(5)).toBe(1 + 8);
  });

  it('maps the text end and the newline offset to the end of a paragraph', () => {
    const map = OffsetMap.fromText('ab\n😀c');
    expect(map.toPosition(2)).toBe(3);
    expect(map.toPosition(3)).toBe(5);
    expect(map.toPosition(4)).toBe(7);
    expect(map.toPosition(5)).toBe(8);
    expect(map.contentSize).toBe(9);
    expect(map.toOffset(9)).toBe(5);
  });

  it('maps positions between paragraphs to the next line start', () => {
    const map = OffsetMap.fromText('ab\ncd');
    expect(map.toOffset(0)).toBe(0);
    expect(map.toOffset(4)).toBe(3);
  });

  it('rounds a position inside a surrogate pair down', () => {
    const map = OffsetMap.fromText('a😀b');
    expect(map.toOffset(3)).toBe(1);
    expect(map.toOffset(4)).toBe(2);
  });

  it('has one empty paragraph for an empty text', () => {
    const map = OffsetMap.fromText('');
    expect(map.lines).toEqual(['']);
    expect(map.length).toBe(0);
    expect(map.contentSize).toBe(2);
    expect(map.toPosition(0)).toBe(1);
    expect(map.toOffset(0)).toBe(0);
    expect(map.toOffset(1)).toBe(0);
    expect(map.toOffset(2)).toBe(0);
  });

  it('gives a trailing newline a final empty paragraph', () => {
    const map = OffsetMap.fromText('abc\n');
    expect(map.lines).toEqual(['abc', '']);
    expect(map.toPosition(4)).toBe(6);
    expect(map.lineOf(3)).toBe(0);
    expect(map.lineOf(4)).toBe(1);
  });

  it('throws a RangeError for out-of-range or fractional input', () => {
    const map = OffsetMap.fromText('abc');
    expect(() => map.toPosition(-1)).toThrow(RangeError);
    expect(() => map.toPosition(4)).toThrow(/offset 4 is out of range/);
    expect(() => map.toPosition(1.5)).toThrow(RangeError);
    expect(() => map.toOffset(6)).toThrow(/position 6 is out of range/);
    expect(() => map.toOffset(Number.NaN)).toThrow(RangeError);
    expect(() => map.lineOf(-1)).toThrow(RangeError);
    expect(() => map.lineStart(1)).toThrow(RangeError);
  });
});

describe('OffsetMap on a 1 MB text', () => {
  it('agrees with the naive mapping on thousands of random round trips', () => {
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const pieces = ['word ', 'fact-check ', '中文', '😀', '👍🏽', '𠀀', 'e\u0301', '\n', '\n\n', 'x'];
    const parts: string[] = [];
    let size = 0;
    while (size < 1_000_000) {
      const long = random(50) === 0;
      const piece = long ? 'b'.repeat(random(5000)) : (pieces[random(pieces.length)] ?? '');
      parts.push(piece);
      size += piece.length;
    }
    const text = parts.join('');
    const map = OffsetMap.fromText(text);
    const naive = naiveMaps(text);
    expect(map.length).toBe(naive.toPosition.length - 1);
    expect(map.contentSize).toBe(naive.toOffset.length - 1);
    for (let k = 0; k < 5000; k++) {
      const offset = random(map.length + 1);
      const position = map.toPosition(offset);
      expect(position).toBe(naive.toPosition[offset]);
      expect(map.toOffset(position)).toBe(offset);
      const anyPosition = random(map.contentSize + 1);
      expect(map.toOffset(anyPosition)).toBe(naive.toOffset[anyPosition]);
    }
  });
});

describe('OffsetMap UTF-16 indices', () => {
  /** Reference: the UTF-16 index of every code-point offset, by walking the text. */
  function naiveUtf16(text: string): number[] {
    const indices: number[] = [];
    let index = 0;
    for (const ch of text) {
      indices.push(index);
      index += ch.length;
    }
    indices.push(index);
    return indices;
  }

  function expectUtf16MatchesNaive(text: string): void {
    const map = OffsetMap.fromText(text);
    const naive = naiveUtf16(text);
    naive.forEach((index, offset) => {
      expect(map.toUtf16Index(offset)).toBe(index);
      expect(map.fromUtf16Index(index)).toBe(offset);
    });
    for (let i = 0; i <= text.length; i++) {
      const expected = i > 0 && isPairStart(text, i - 1) ? i - 1 : i;
      expect(map.toUtf16Index(map.fromUtf16Index(i))).toBe(expected);
    }
  }

  const cases: Record<string, string> = {
    emoji: 'Like 👍🏽 this\nfamily 👨‍👩‍👧 here',
    astral: '𠀀𠀁 astral\n\n𠀂',
    astralAtLineEdges: '😀\n😀\n\n😀x😀',
    cjk: '中文新闻\n莫斯科',
    emptyLines: '\n\na\n\n\nb\n',
    empty: '',
    onlyNewline: '\n',
    loneSurrogate: 'x\uD800y\n\uDC00z',
  };

  for (const [name, text] of Object.entries(cases)) {
    it(`matches a walk over the text: ${name}`, () => expectUtf16MatchesNaive(text));
  }

  it('matches a walk over every seed', () => {
    for (const text of seedTexts) expectUtf16MatchesNaive(text);
  });

  it('slices the same text as code-point offsets do', () => {
    const text = 'ab 😀\ncd 👍🏽 ef';
    const map = OffsetMap.fromText(text);
    const codePoints = Array.from(text);
    for (let start = 0; start <= map.length; start++) {
      for (let end = start; end <= map.length; end++) {
        const slice = text.slice(map.toUtf16Index(start), map.toUtf16Index(end));
        expect(slice).toBe(codePoints.slice(start, end).join(''));
      }
    }
  });

  it('rounds an index inside a surrogate pair down', () => {
    const map = OffsetMap.fromText('a😀b\n😀');
    expect(map.fromUtf16Index(1)).toBe(1);
    expect(map.fromUtf16Index(2)).toBe(1);
    expect(map.fromUtf16Index(3)).toBe(2);
    expect(map.fromUtf16Index(4)).toBe(3);
    expect(map.fromUtf16Index(5)).toBe(4);
    expect(map.fromUtf16Index(6)).toBe(4);
    expect(map.fromUtf16Index(7)).toBe(5);
  });

  it('throws a RangeError for out-of-range or fractional input', () => {
    const map = OffsetMap.fromText('a😀\nb');
    expect(map.fromUtf16Index(5)).toBe(4);
    expect(() => map.fromUtf16Index(6)).toThrow(/UTF-16 index 6 is out of range/);
    expect(() => map.fromUtf16Index(-1)).toThrow(RangeError);
    expect(() => map.fromUtf16Index(0.5)).toThrow(RangeError);
    expect(() => map.toUtf16Index(5)).toThrow(RangeError);
    expect(() => map.toUtf16Index(Number.NaN)).toThrow(RangeError);
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
    const map = OffsetMap.fromText(text);
    const naive = naiveUtf16(text);
    for (let k = 0; k < 5000; k++) {
      const offset = random(map.length + 1);
      expect(map.toUtf16Index(offset)).toBe(naive[offset]);
      expect(map.fromUtf16Index(naive[offset] ?? -1)).toBe(offset);
    }
  });
});
