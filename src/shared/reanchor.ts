// Imported annotations whose offsets no longer select their quote (an edited article, or offsets
// counted in UTF-16) are placed again by their quote and context, as annotation-set.md specifies.
import search from 'approx-string-match';
import { isPairStart } from './code-points';
import type { TextQuoteSelector } from './annotation';
import type { OffsetMap } from './offset-map';
import { quoteSelector, selectorMatches } from './text-quote';

/** Where a selector lands in the local text; a placed outcome carries the recomputed quote. */
export type AnchorOutcome =
  | {
      status: 'unchanged' | 'moved' | 'fuzzy';
      start: number;
      end: number;
      exact: string;
      prefix: string;
      suffix: string;
    }
  | { status: 'orphan' };

/**
 * Bounds of the fuzzy stage, which keep its cost independent of the document's size. It looks
 * only at code points [old start − r, old start + quote length + r] (clipped to the text), with
 * r = fuzzyRadius(quote length) = max(2,000, 4 × quote length), and quotes longer than
 * FUZZY_MAX_QUOTE code points get no fuzzy stage (not found exactly, they are orphans); so r is
 * 2,000 for every quote that has one. A search then costs under a millisecond on prose and about
 * 200 ms on a pathological text (one character repeated for thousands of code points, where
 * nearly every position is an equally good match).
 */
export const FUZZY_MAX_QUOTE = 500;
export const fuzzyRadius = (quoteLength: number): number => Math.max(2000, 4 * quoteLength);

/**
 * Places `selector` in `text` (which `map` was built from):
 * 1. unchanged: its offsets select `exact`;
 * 2. moved: the exact occurrence of `exact` with the highest context score, ties to the one
 *    nearest the old start, then the earlier;
 * 3. fuzzy: when `exact` does not occur, the best approximate match near the old position (see
 *    findFuzzy);
 * 4. orphan otherwise.
 */
export function reanchor(text: string, map: OffsetMap, selector: TextQuoteSelector): AnchorOutcome {
  const { start, end } = selector;
  if (selector.exact === '') return { status: 'orphan' };
  if (selectorMatches(text, map, selector)) {
    return { status: 'unchanged', ...quoteSelector(text, map, start, end) };
  }
  const origin = Number.isFinite(start) ? start : 0;
  const placed = findExact(text, map, selector, origin) ?? findFuzzy(text, map, selector, origin);
  if (placed === null) return { status: 'orphan' };
  return { status: placed.status, ...quoteSelector(text, map, placed.start, placed.end) };
}

/**
 * The context score of code points [start, end) of `text`: how many code points the text before
 * `start` has in common with the end of `prefix`, plus how many the text after `end` has in
 * common with the start of `suffix`.
 */
export function contextScore(
  text: string,
  map: OffsetMap,
  start: number,
  end: number,
  prefix: string,
  suffix: string,
): number {
  return scoreAt(text, map.toUtf16Index(start), map.toUtf16Index(end), prefix, suffix);
}

interface Placement {
  status: 'moved' | 'fuzzy';
  start: number;
  end: number;
}

function findExact(
  text: string,
  map: OffsetMap,
  selector: TextQuoteSelector,
  origin: number,
): Placement | null {
  const { exact, prefix, suffix } = selector;
  let best: { start: number; from: number; score: number; distance: number } | null = null;
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    const to = from + exact.length;
    if (splitsPair(text, from) || splitsPair(text, to)) continue;
    const start = map.fromUtf16Index(from);
    const score = scoreAt(text, from, to, prefix, suffix);
    const distance = Math.abs(start - origin);
    // Occurrences come in text order, so keeping only strict improvements prefers the earlier.
    if (best === null || score > best.score || (score === best.score && distance < best.distance)) {
      best = { start, from, score, distance };
    }
  }
  if (best === null) return null;
  const end = map.fromUtf16Index(best.from + exact.length);
  return { status: 'moved', start: best.start, end };
}

/**
 * The approximate match of the quote within the bounded window around the old start, allowing
 * up to a quarter of the quote's length (in code points, rounded down) in edits. approx-string-
 * match counts edits in UTF-16 code units (an emoji replaced is two edits) and reports only the
 * matches with the fewest edits; among those the highest context score wins, then the one
 * nearest the old start, then the earlier. Quotes under 4 code points allow no edit, so they
 * have no fuzzy match.
 */
function findFuzzy(
  text: string,
  map: OffsetMap,
  selector: TextQuoteSelector,
  origin: number,
): Placement | null {
  const { exact, prefix, suffix } = selector;
  const quoteLength = [...exact].length;
  const maxErrors = Math.floor(quoteLength / 4);
  if (maxErrors < 1 || quoteLength > FUZZY_MAX_QUOTE) return null;
  const center = Math.min(Math.max(Math.trunc(origin), 0), map.length);
  const radius = fuzzyRadius(quoteLength);
  const windowFrom = map.toUtf16Index(Math.max(0, center - radius));
  const windowTo = map.toUtf16Index(Math.min(map.length, center + quoteLength + radius));
  const window = text.slice(windowFrom, windowTo);
  let best: (Placement & { score: number; errors: number; distance: number }) | null = null;
  for (const match of search(window, exact, maxErrors)) {
    const start = map.fromUtf16Index(windowFrom + match.start);
    const end = roundUpToCodePoint(map, windowFrom + match.end);
    if (start >= end) continue;
    const from = map.toUtf16Index(start);
    const score = scoreAt(text, from, map.toUtf16Index(end), prefix, suffix);
    const candidate = {
      status: 'fuzzy' as const,
      start,
      end,
      score,
      errors: match.errors,
      distance: Math.abs(start - origin),
    };
    if (best === null || isBetterFuzzy(candidate, best)) best = candidate;
  }
  return best === null ? null : { status: best.status, start: best.start, end: best.end };
}

function isBetterFuzzy(
  candidate: { start: number; score: number; errors: number; distance: number },
  best: { start: number; score: number; errors: number; distance: number },
): boolean {
  return (
    candidate.score - best.score ||
    best.errors - candidate.errors ||
    best.distance - candidate.distance ||
    best.start - candidate.start
  ) > 0;
}

/** The code-point offset of UTF-16 index `index`, moved past a surrogate pair it splits. */
function roundUpToCodePoint(map: OffsetMap, index: number): number {
  const offset = map.fromUtf16Index(index);
  return map.toUtf16Index(offset) < index ? offset + 1 : offset;
}

/** True when UTF-16 index `index` falls between the two halves of a surrogate pair. */
function splitsPair(text: string, index: number): boolean {
  return index > 0 && isPairStart(text, index - 1);
}

/** The context score of UTF-16 range [from, to) of `text`. */
function scoreAt(text: string, from: number, to: number, prefix: string, suffix: string): number {
  return commonEnding(text, from, prefix) + commonBeginning(text, to, suffix);
}

/** The number of code points by which text[0, at) ends like `prefix`. */
function commonEnding(text: string, at: number, prefix: string): number {
  let i = at;
  let j = prefix.length;
  let count = 0;
  while (i > 0 && j > 0) {
    const width = unitsBefore(text, i);
    if (width !== unitsBefore(prefix, j) || !sameUnits(text, i - width, prefix, j - width, width)) {
      break;
    }
    i -= width;
    j -= width;
    count++;
  }
  return count;
}

/** The number of code points by which text[at, …) starts like `suffix`. */
function commonBeginning(text: string, at: number, suffix: string): number {
  let i = at;
  let j = 0;
  let count = 0;
  while (i < text.length && j < suffix.length) {
    const width = unitsAt(text, i);
    if (width !== unitsAt(suffix, j) || !sameUnits(text, i, suffix, j, width)) break;
    i += width;
    j += width;
    count++;
  }
  return count;
}

function unitsAt(s: string, i: number): number {
  return isPairStart(s, i) ? 2 : 1;
}

function unitsBefore(s: string, i: number): number {
  return i >= 2 && isPairStart(s, i - 2) ? 2 : 1;
}

function sameUnits(s: string, i: number, t: string, j: number, width: number): boolean {
  for (let k = 0; k < width; k++) {
    if (s.charCodeAt(i + k) !== t.charCodeAt(j + k)) return false;
  }
  return true;
}
