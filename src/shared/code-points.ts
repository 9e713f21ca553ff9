// Annotation offsets count Unicode code points while JavaScript strings index UTF-16 code units;
// these helpers convert between the two (a lone surrogate counts as one code point).

const HIGH_SURROGATE = /[\uD800-\uDBFF]/;

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when `s` has no surrogate pair, so code-point and UTF-16 indices coincide. */
export function isBmpOnly(s: string): boolean {
  return !HIGH_SURROGATE.test(s);
}

/** True when a surrogate pair starts at UTF-16 index `i`. */
export function isPairStart(s: string, i: number): boolean {
  return isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1));
}

export function codePointLength(s: string): number {
  if (isBmpOnly(s)) return s.length;
  let pairs = 0;
  for (let i = 0; i < s.length - 1; i++) {
    if (isPairStart(s, i)) {
      pairs++;
      i++;
    }
  }
  return s.length - pairs;
}

/**
 * Code-point index of UTF-16 index `utf16Index` (clamped to [0, s.length]); an index that falls
 * between the two halves of a surrogate pair rounds down to the pair's start.
 */
export function utf16ToCodePoint(s: string, utf16Index: number): number {
  const target = clamp(toIndex(utf16Index), 0, s.length);
  if (isBmpOnly(s)) return target;
  let cp = 0;
  let i = 0;
  while (i < target) {
    const step = isPairStart(s, i) ? 2 : 1;
    if (i + step > target) break;
    i += step;
    cp++;
  }
  return cp;
}

/** UTF-16 index of code-point index `cpIndex`, clamped to [0, codePointLength(s)]. */
export function codePointToUtf16(s: string, cpIndex: number): number {
  const target = Math.max(0, toIndex(cpIndex));
  if (isBmpOnly(s)) return Math.min(target, s.length);
  let i = 0;
  let cp = 0;
  while (cp < target && i < s.length) {
    i += isPairStart(s, i) ? 2 : 1;
    cp++;
  }
  return i;
}

/** Like `String.prototype.slice` with code-point indices (no negative indices; clamped). */
export function sliceCodePoints(s: string, start: number, end: number): string {
  if (isBmpOnly(s)) return s.slice(Math.max(0, toIndex(start)), Math.max(0, toIndex(end)));
  const from = codePointToUtf16(s, start);
  const to = codePointToUtf16(s, end);
  return to > from ? s.slice(from, to) : '';
}

function toIndex(value: number): number {
  return Number.isNaN(value) ? 0 : Math.floor(value);
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
