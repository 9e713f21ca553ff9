// Builds and checks the quote part of an annotation's selector (exact text plus context), so
// spans can be re-anchored when an article changes; works in O(span + context), not O(text).
import { QUOTE_CONTEXT } from './annotation';
import type { TextQuoteSelector } from './annotation';
import type { OffsetMap } from './offset-map';

/**
 * The selector of code points [start, end) of `text` (which `map` was built from): the exact
 * text and up to QUOTE_CONTEXT code points on each side. Throws a RangeError for a range that is
 * empty, reversed, fractional or outside the text.
 */
export function quoteSelector(
  text: string,
  map: OffsetMap,
  start: number,
  end: number,
): TextQuoteSelector {
  if (!isValidRange(map, start, end)) {
    const expected = `expected whole numbers 0 ≤ start < end ≤ ${map.length}`;
    throw new RangeError(`The range ${start}–${end} is not valid: ${expected}`);
  }
  const from = map.toUtf16Index(start);
  const to = map.toUtf16Index(end);
  const prefixFrom = map.toUtf16Index(Math.max(0, start - QUOTE_CONTEXT));
  const suffixTo = map.toUtf16Index(Math.min(map.length, end + QUOTE_CONTEXT));
  return {
    start,
    end,
    exact: text.slice(from, to),
    prefix: text.slice(prefixFrom, from),
    suffix: text.slice(to, suffixTo),
  };
}

/** True when the selector's offsets are a valid range of `text` that selects exactly `exact`. */
export function selectorMatches(
  text: string,
  map: OffsetMap,
  selector: { start: number; end: number; exact: string },
): boolean {
  const { start, end, exact } = selector;
  if (!isValidRange(map, start, end)) return false;
  const from = map.toUtf16Index(start);
  const to = map.toUtf16Index(end);
  return to - from === exact.length && text.startsWith(exact, from);
}

function isValidRange(map: OffsetMap, start: number, end: number): boolean {
  const whole = Number.isInteger(start) && Number.isInteger(end);
  return whole && start >= 0 && start < end && end <= map.length;
}
