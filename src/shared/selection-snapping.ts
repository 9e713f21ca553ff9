// A hand-made selection often starts or ends mid-word or on a space; this snaps it to whole words
// looking only at a few characters around each boundary, so it stays cheap on 1 MB articles.
import { isPairStart } from './code-points';
import type { OffsetMap } from './offset-map';

export interface SnappedRange {
  start: number;
  end: number;
}

const WHITE_SPACE = /^\p{White_Space}$/u;
const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
const DIGIT = /^\p{Nd}$/u;
/** Apostrophes and hyphens that join two word characters ("Ukraine's", "ISIS-K"). */
const WORD_JOINERS = new Set(["'", '\u2019', '-', '\u2010', '\u2011']);
/** Separators that join two digits ("1,500", "3.5"). */
const NUMBER_JOINERS = new Set([',', '.']);

/**
 * Snaps code points [start, end) of `text` (which `map` was built from) to what the user most
 * likely meant: surrounding whitespace trimmed, then each end that cuts a word moved out to the
 * word's edge. With `exact`, the range is kept as it is. Returns null when the range is empty or
 * only whitespace; throws a RangeError for a reversed, fractional or out-of-range one.
 */
export function snapSelection(
  text: string,
  map: OffsetMap,
  start: number,
  end: number,
  options: { exact: boolean },
): SnappedRange | null {
  const whole = Number.isInteger(start) && Number.isInteger(end);
  if (!whole || start < 0 || start > end || end > map.length) {
    const expected = `expected whole numbers 0 ≤ start ≤ end ≤ ${map.length}`;
    throw new RangeError(`The range ${start}–${end} is not valid: ${expected}`);
  }
  if (start === end) return null;
  if (options.exact) return { start, end };
  let from = map.toUtf16Index(start);
  let to = map.toUtf16Index(end);
  while (from < to && WHITE_SPACE.test(text.charAt(from))) from++;
  while (to > from && WHITE_SPACE.test(text.charAt(to - 1))) to--;
  if (from === to) return null;
  while (from > 0 && isInsideWord(text, from)) from = previousIndex(text, from);
  while (to < text.length && isInsideWord(text, to)) to = nextIndex(text, to);
  return { start: map.fromUtf16Index(from), end: map.fromUtf16Index(to) };
}

/** True when the code points just before and just after UTF-16 index `i` belong to one word. */
function isInsideWord(text: string, i: number): boolean {
  if (i <= 0 || i >= text.length) return false;
  const before = previousIndex(text, i);
  const left = codePointAt(text, before);
  const right = codePointAt(text, i);
  if (isWordCharacter(left) && isWordCharacter(right)) return true;
  const afterRight = codePointAt(text, nextIndex(text, i));
  if (isJoinerBetween(left, right, afterRight)) return true;
  const beforeLeft = before > 0 ? codePointAt(text, previousIndex(text, before)) : '';
  return isJoinerBetween(beforeLeft, left, right);
}

/** True when `middle` joins `left` and `right` into one word. */
function isJoinerBetween(left: string, middle: string, right: string): boolean {
  if (WORD_JOINERS.has(middle)) return isWordCharacter(left) && isWordCharacter(right);
  return NUMBER_JOINERS.has(middle) && DIGIT.test(left) && DIGIT.test(right);
}

function isWordCharacter(ch: string): boolean {
  return WORD_CHARACTER.test(ch);
}

/** The whole code point starting at UTF-16 index `i`, or '' at the end of the text. */
function codePointAt(text: string, i: number): string {
  const code = text.codePointAt(i);
  return code === undefined ? '' : String.fromCodePoint(code);
}

/** UTF-16 index of the code point before the one at `i` (0 at the start of the text). */
function previousIndex(text: string, i: number): number {
  if (i <= 0) return 0;
  return i >= 2 && isPairStart(text, i - 2) ? i - 2 : i - 1;
}

/** UTF-16 index of the code point after the one at `i`. */
function nextIndex(text: string, i: number): number {
  return isPairStart(text, i) ? i + 2 : i + 1;
}
