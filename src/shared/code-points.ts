// Offsets count Unicode code points (the file format's unit) while JavaScript strings index UTF-16
// code units: this is the one module that converts between the two, and the one that steps over
// surrogate pairs. A lone surrogate counts as one code point.
import { firstIndexWhere } from './sorted-search';

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

/** True when a surrogate pair starts at UTF-16 index `i` of `s`. */
function isPairStart(s: string, i: number): boolean {
  const high = s.charCodeAt(i);
  const low = s.charCodeAt(i + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/** True when `s` has no surrogate pair, so code-point and UTF-16 indexes coincide. */
function isBmpOnly(s: string): boolean {
  return !HIGH_SURROGATE.test(s);
}

/** The UTF-16 index just after the code point that starts at UTF-16 index `i`. */
export function nextCodePoint(s: string, i: number): number {
  return isPairStart(s, i) ? i + 2 : i + 1;
}

/** The UTF-16 index where the code point that ends at UTF-16 index `i` starts (0 at the start). */
export function previousCodePoint(s: string, i: number): number {
  if (i <= 0) return 0;
  return i >= 2 && isPairStart(s, i - 2) ? i - 2 : i - 1;
}

/** True when UTF-16 index `i` falls between the two halves of a surrogate pair. */
export function splitsPair(s: string, i: number): boolean {
  return i > 0 && isPairStart(s, i - 1);
}

/** `U+202E`: how a message names a code point that cannot be shown as itself. */
export function codePointName(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The length of `s` in UTF-8 bytes, without encoding it (a lone surrogate as U+FFFD: three bytes). */
export function utf8ByteLength(s: string): number {
  let bytes = 0;
  for (let i = 0; i < s.length; i = nextCodePoint(s, i)) {
    const cp = s.codePointAt(i) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** The number of code points in `s`. */
export function codePointLength(s: string): number {
  if (isBmpOnly(s)) return s.length;
  let count = 0;
  for (let i = 0; i < s.length; i = nextCodePoint(s, i)) count++;
  return count;
}

/** Like `String.prototype.slice` with code-point indexes (no negative indexes; clamped). */
export function sliceCodePoints(s: string, start: number, end: number): string {
  if (isBmpOnly(s)) return s.slice(wholeAtLeastZero(start), wholeAtLeastZero(end));
  const from = skipCodePoints(s, wholeAtLeastZero(start));
  const to = skipCodePoints(s, wholeAtLeastZero(end));
  return to > from ? s.slice(from, to) : '';
}

/**
 * A text with the places of its surrogate pairs, so that code-point offsets and UTF-16 indexes
 * convert in O(log p) for p pairs (in O(1) for a text without any). Built once per text.
 */
export class CodePointIndex {
  readonly text: string;
  /** The text's length in code points. */
  readonly length: number;
  /** The UTF-16 index of each surrogate pair's first half, ascending. */
  private readonly pairStarts: Uint32Array;

  private constructor(text: string) {
    const starts: number[] = [];
    if (!isBmpOnly(text)) {
      for (let i = 0; i < text.length; i = nextCodePoint(text, i)) {
        if (isPairStart(text, i)) starts.push(i);
      }
    }
    this.text = text;
    this.pairStarts = Uint32Array.from(starts);
    this.length = text.length - starts.length;
  }

  static of(text: string): CodePointIndex {
    return new CodePointIndex(text);
  }

  /** The UTF-16 index where code point `offset` starts (0 ≤ offset ≤ length). */
  toUtf16(offset: number): number {
    checkRange('offset', offset, this.length);
    const starts = this.pairStarts;
    return offset + firstIndexWhere(starts.length, (k) => (starts[k] ?? 0) - k >= offset);
  }

  /**
   * The code-point offset at UTF-16 index `index` (0 ≤ index ≤ the text's UTF-16 length). An index
   * between the two halves of a surrogate pair gives the pair's offset, or with `up` the next one.
   */
  toCodePoint(index: number, rounding: 'down' | 'up' = 'down'): number {
    checkRange('UTF-16 index', index, this.text.length);
    const starts = this.pairStarts;
    const pairsBefore = firstIndexWhere(starts.length, (k) => (starts[k] ?? 0) >= index);
    const inside = pairsBefore > 0 && starts[pairsBefore - 1] === index - 1;
    return index - pairsBefore + (inside && rounding === 'up' ? 1 : 0);
  }
}

/** The UTF-16 index after the first `count` code points of `s` (its length when it has fewer). */
function skipCodePoints(s: string, count: number): number {
  let i = 0;
  for (let n = 0; n < count && i < s.length; n++) i = nextCodePoint(s, i);
  return i;
}

function wholeAtLeastZero(value: number): number {
  return Number.isNaN(value) ? 0 : Math.max(0, Math.floor(value));
}

function checkRange(name: string, value: number, max: number): void {
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(`The ${name} ${value} is out of range: expected a whole number 0–${max}`);
  }
}
