// Finding a quote in a text that may have changed since it was taken, as annotation-set.md
// specifies re-anchoring: the exact occurrence with the best context, else a bounded fuzzy match
// (the counterpart of the Hypothesis client's anchoring/match-quote.ts).
import search from 'approx-string-match';
import { codePointLength, nextCodePoint, previousCodePoint, splitsPair, type CodePointIndex } from './code-points';

/** A quote with its context (the shape of a TextQuoteSelector). */
interface Quote {
  exact: string;
  prefix: string;
  suffix: string;
}

/** A match: UTF-16 indexes of the text, `from` inclusive, `to` exclusive. */
interface QuoteMatch {
  from: number;
  to: number;
}

interface Candidate extends QuoteMatch {
  score: number;
  errors: number;
  /** Code points between the match's start and the hint. */
  distance: number;
}

/**
 * Bounds of the fuzzy stage, which keep its cost independent of the document's size. It looks
 * only at code points [hint − r, hint + quote length + r] (clipped to the text), with
 * r = fuzzyRadius(quote length) = max(2,000, 4 × quote length), and quotes longer than
 * FUZZY_MAX_QUOTE code points get no fuzzy stage (not found exactly, they are not found); so r is
 * 2,000 for every quote that has one. A search then costs under a millisecond on prose and about
 * 200 ms on a pathological text (one character repeated for thousands of code points, where
 * nearly every position is an equally good match).
 */
export const FUZZY_MAX_QUOTE = 500;
const fuzzyRadius = (quoteLength: number): number => Math.max(2000, 4 * quoteLength);

/**
 * Where `quote.exact` is in `root`'s text, `hint` being the code-point offset it was last seen at:
 * 1. the exact occurrence with the highest context score, ties to the one nearest the hint, then
 *    the earlier;
 * 2. when `exact` does not occur, the best approximate match near the hint (see findFuzzy);
 * 3. null otherwise (and for an empty quote).
 */
export function matchQuote(root: CodePointIndex, quote: Quote, hint: number): QuoteMatch | null {
  if (quote.exact === '') return null;
  const origin = Number.isFinite(hint) ? Math.min(Math.max(Math.trunc(hint), 0), root.length) : 0;
  const best = findExact(root, quote, origin) ?? findFuzzy(root, quote, origin);
  return best === null ? null : { from: best.from, to: best.to };
}

/**
 * The context score of UTF-16 range [from, to) of `text`: how many code points the text before
 * it has in common with the end of `prefix`, plus how many the text after it has in common with
 * the start of `suffix`.
 */
export function contextScore(text: string, range: QuoteMatch, prefix: string, suffix: string): number {
  return commonEnding(text, range.from, prefix) + commonBeginning(text, range.to, suffix);
}

function findExact(root: CodePointIndex, quote: Quote, origin: number): Candidate | null {
  const { text } = root;
  const { exact } = quote;
  let best: Candidate | null = null;
  for (let from = text.indexOf(exact); from !== -1; from = text.indexOf(exact, from + 1)) {
    const to = from + exact.length;
    if (splitsPair(text, from) || splitsPair(text, to)) continue;
    const candidate = scored(text, quote, { from, to }, 0, Math.abs(root.toCodePoint(from) - origin));
    // Occurrences come in text order, so keeping only strict improvements prefers the earlier.
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

/**
 * The approximate match of the quote within the bounded window around the hint, allowing up to a
 * quarter of the quote's length (in code points, rounded down) in edits. approx-string-match
 * counts edits in UTF-16 code units (an emoji replaced is two edits) and reports only the matches
 * with the fewest edits; among those the highest context score wins, then the one nearest the
 * hint, then the earlier. Quotes under 4 code points allow no edit, so they have no fuzzy match.
 */
function findFuzzy(root: CodePointIndex, quote: Quote, origin: number): Candidate | null {
  const { text } = root;
  const quoteLength = codePointLength(quote.exact);
  const maxErrors = Math.floor(quoteLength / 4);
  if (maxErrors < 1 || quoteLength > FUZZY_MAX_QUOTE) return null;
  const radius = fuzzyRadius(quoteLength);
  const windowFrom = root.toUtf16(Math.max(0, origin - radius));
  const windowTo = root.toUtf16(Math.min(root.length, origin + quoteLength + radius));
  let best: Candidate | null = null;
  for (const match of search(text.slice(windowFrom, windowTo), quote.exact, maxErrors)) {
    // Grown to whole code points: a match may start or end inside a surrogate pair.
    const start = root.toCodePoint(windowFrom + match.start);
    const end = root.toCodePoint(windowFrom + match.end, 'up');
    if (start >= end) continue;
    const range = { from: root.toUtf16(start), to: root.toUtf16(end) };
    const candidate = scored(text, quote, range, match.errors, Math.abs(start - origin));
    if (best === null || isBetter(candidate, best)) best = candidate;
  }
  return best;
}

function scored(text: string, quote: Quote, range: QuoteMatch, errors: number, distance: number): Candidate {
  return { ...range, score: contextScore(text, range, quote.prefix, quote.suffix), errors, distance };
}

/** Higher score, then fewer errors, then nearer the hint, then earlier. */
function isBetter(candidate: Candidate, best: Candidate): boolean {
  return (
    candidate.score - best.score ||
    best.errors - candidate.errors ||
    best.distance - candidate.distance ||
    best.from - candidate.from
  ) > 0;
}

/** The number of code points by which text[0, at) ends like `prefix`. */
function commonEnding(text: string, at: number, prefix: string): number {
  let i = at;
  let j = prefix.length;
  let count = 0;
  while (i > 0 && j > 0) {
    const width = i - previousCodePoint(text, i);
    if (width !== j - previousCodePoint(prefix, j) || !sameUnits(text, i - width, prefix, j - width, width)) break;
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
    const width = nextCodePoint(text, i) - i;
    if (width !== nextCodePoint(suffix, j) - j || !sameUnits(text, i, suffix, j, width)) break;
    i += width;
    j += width;
    count++;
  }
  return count;
}

function sameUnits(s: string, i: number, t: string, j: number, width: number): boolean {
  for (let k = 0; k < width; k++) {
    if (s.charCodeAt(i + k) !== t.charCodeAt(j + k)) return false;
  }
  return true;
}
