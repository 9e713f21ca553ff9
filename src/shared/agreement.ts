// The agreement figures between two annotation sets, exactly as agreement.md defines them, so the
// review screen and `veritag agreement` report numbers another tool can reproduce to the digit.
import { LABEL_IDS } from './labels';
import type { LabelId } from './labels';
import type { LabeledSpan } from './labeled-span';
import { compareOrdinal } from './ordinal';
import { SpanIndex, compareIntervals, overlapLength, type Interval } from './span-index';

export interface LabelFigures {
  /** Distinct spans in A and in B (duplicates removed). */
  a: number;
  b: number;
  exactMatches: number;
  exactF1: number;
  overlapMatches: number;
  overlapF1: number;
  /** Character κ; null when neither set marks a code point with the label, or N = 0. */
  kappa: number | null;
}

export type OverallFigures = Omit<LabelFigures, 'kappa'>;

export interface DocumentAgreement {
  id: string;
  perLabel: Record<LabelId, LabelFigures>;
  overall: OverallFigures;
}

export interface CorpusAgreement {
  /** Sorted by id, ordinally. */
  documents: DocumentAgreement[];
  corpus: { perLabel: Record<LabelId, LabelFigures>; overall: OverallFigures };
}

/** One document to compare: its length in code points and each set's spans in it. */
export interface AgreementDocument {
  id: string;
  length: number;
  a: readonly LabeledSpan[];
  b: readonly LabeledSpan[];
}

/**
 * The counts behind one label's figures, which add up across documents for the corpus: distinct
 * spans in A and B, exact and overlap matches, code points marked by A, by B and by both, and N.
 */
const COUNT_KEYS = [
  'a',
  'b',
  'exactMatches',
  'overlapMatches',
  'markedA',
  'markedB',
  'markedBoth',
  'length',
] as const;
type LabelCounts = Record<(typeof COUNT_KEYS)[number], number>;

/**
 * The figures per document (sorted by id) and for the corpus (counts summed over documents
 * before the F1s; κ over all documents' code points as one sequence). Spans are de-duplicated
 * within each set first. κ counts only code points inside [0, length). Throws on a repeated id.
 */
export function agreement(documents: readonly AgreementDocument[]): CorpusAgreement {
  const sorted = [...documents].sort((x, y) => compareOrdinal(x.id, y.id));
  const corpus = emptyCountsPerLabel();
  const results: DocumentAgreement[] = [];
  sorted.forEach((document, index) => {
    if (index > 0 && sorted[index - 1]?.id === document.id) {
      throw new Error(`Document ${document.id} is listed twice`);
    }
    const perLabel = emptyCountsPerLabel();
    for (const label of LABEL_IDS) {
      const counts = labelCounts(document, label);
      perLabel[label] = counts;
      corpus[label] = addCounts(corpus[label], counts);
    }
    results.push({ id: document.id, ...figuresOf(perLabel) });
  });
  return { documents: results, corpus: figuresOf(corpus) };
}

/** A figure as the review screen shows it: 3 decimals, or '—' for a κ that is null. */
export function formatFigure(x: number | null): string {
  if (x === null) return '—';
  const shown = x.toFixed(3);
  return shown === '-0.000' ? '0.000' : shown;
}

/**
 * Calls `visit(i, j)` once for every a[i] and b[j] that share at least one code point, in no
 * particular order: each of A's spans queries the interval index of B's, so this is
 * O((n + m) log m + pairs). Spans with end ≤ start share nothing and are skipped.
 */
export function overlappingPairs(
  a: readonly Interval[],
  b: readonly Interval[],
  visit: (i: number, j: number) => void,
): void {
  const indexB = SpanIndex.from(b.flatMap(({ start, end }, j) => (end > start ? [{ start, end, j }] : [])));
  a.forEach(({ start, end }, i) => {
    for (const { j } of indexB.overlapping(start, end)) visit(i, j);
  });
}

function labelCounts(document: AgreementDocument, label: LabelId): LabelCounts {
  const a = distinctSpans(document.a, label);
  const b = distinctSpans(document.b, label);
  const unionA = union(a, document.length);
  const unionB = union(b, document.length);
  return {
    a: a.length,
    b: b.length,
    exactMatches: exactMatches(a, b),
    overlapMatches: greedyOverlapMatches(a, b),
    markedA: totalLength(unionA),
    markedB: totalLength(unionB),
    markedBoth: intersectionLength(unionA, unionB),
    length: document.length,
  };
}

/** The distinct (start, end) of the spans with `label`, sorted by start then end. */
function distinctSpans(spans: readonly LabeledSpan[], label: LabelId): Interval[] {
  const sorted = spans
    .filter((span) => span.label === label)
    .map(({ start, end }) => ({ start, end }))
    .sort(compareIntervals);
  return sorted.filter((span, i) => i === 0 || compareIntervals(span, at(sorted, i - 1)) !== 0);
}

/** Spans in both sorted, distinct lists. */
function exactMatches(a: readonly Interval[], b: readonly Interval[]): number {
  let matches = 0;
  let j = 0;
  for (const span of a) {
    while (j < b.length && compareIntervals(at(b, j), span) < 0) j++;
    if (j < b.length && compareIntervals(at(b, j), span) === 0) matches++;
  }
  return matches;
}

/**
 * The spec's greedy one-to-one pairing of overlapping spans: candidate pairs by overlap length
 * (descending), then A's start, A's end, B's start, B's end; a pair is kept when neither span is
 * paired yet. The lists are sorted by (start, end) and distinct, so comparing indices compares
 * (start, end).
 */
function greedyOverlapMatches(a: readonly Interval[], b: readonly Interval[]): number {
  const pairA: number[] = [];
  const pairB: number[] = [];
  const overlap: number[] = [];
  overlappingPairs(a, b, (i, j) => {
    const x = at(a, i);
    const y = at(b, j);
    pairA.push(i);
    pairB.push(j);
    overlap.push(overlapLength(x, y));
  });
  const order = Array.from(overlap, (_, k) => k).sort(
    (k, l) =>
      at(overlap, l) - at(overlap, k) || at(pairA, k) - at(pairA, l) || at(pairB, k) - at(pairB, l),
  );
  const pairedA = new Uint8Array(a.length);
  const pairedB = new Uint8Array(b.length);
  let matches = 0;
  for (const k of order) {
    const i = at(pairA, k);
    const j = at(pairB, k);
    if (pairedA[i] === 0 && pairedB[j] === 0) {
      pairedA[i] = 1;
      pairedB[j] = 1;
      matches++;
    }
  }
  return matches;
}

/** The union of spans sorted by start, clipped to [0, length), as sorted disjoint intervals. */
function union(spans: readonly Interval[], length: number): Interval[] {
  const merged: Interval[] = [];
  for (const span of spans) {
    const start = Math.max(0, span.start);
    const end = Math.min(length, span.end);
    if (end <= start) continue;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= last.end) last.end = Math.max(last.end, end);
    else merged.push({ start, end });
  }
  return merged;
}

function totalLength(intervals: readonly Interval[]): number {
  return intervals.reduce((sum, interval) => sum + interval.end - interval.start, 0);
}

function intersectionLength(a: readonly Interval[], b: readonly Interval[]): number {
  let total = 0;
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = at(a, i);
    const y = at(b, j);
    total += overlapLength(x, y);
    if (x.end <= y.end) i++;
    else j++;
  }
  return total;
}

function figuresOf(perLabel: Record<LabelId, LabelCounts>): {
  perLabel: Record<LabelId, LabelFigures>;
  overall: OverallFigures;
} {
  const figures = {} as Record<LabelId, LabelFigures>;
  for (const label of LABEL_IDS) {
    figures[label] = { ...matchFigures(perLabel[label]), kappa: kappa(perLabel[label]) };
  }
  const total = addCounts(...LABEL_IDS.map((label) => perLabel[label]));
  return { perLabel: figures, overall: matchFigures(total) };
}

function matchFigures(counts: LabelCounts): OverallFigures {
  const { a, b, exactMatches, overlapMatches } = counts;
  return {
    a,
    b,
    exactMatches,
    exactF1: f1(exactMatches, a, b),
    overlapMatches,
    overlapF1: f1(overlapMatches, a, b),
  };
}

/** 2·m / (|A| + |B|); 1 when both are empty. */
function f1(matches: number, a: number, b: number): number {
  return a + b === 0 ? 1 : (2 * matches) / (a + b);
}

/** Cohen's κ over N code points, with the spec's formula and its two special cases. */
function kappa(counts: LabelCounts): number | null {
  const { markedA, markedB, markedBoth, length: n } = counts;
  if (n === 0 || (markedA === 0 && markedB === 0)) return null;
  if (markedA === n && markedB === n) return 1;
  // a_i = b_i where both mark i, or neither does.
  const agreeing = markedBoth + (n - markedA - markedB + markedBoth);
  const pO = agreeing / n;
  const pA = markedA / n;
  const pB = markedB / n;
  const pE = pA * pB + (1 - pA) * (1 - pB);
  return (pO - pE) / (1 - pE);
}

function emptyCountsPerLabel(): Record<LabelId, LabelCounts> {
  const none = addCounts;
  return { claim: none(), attribution: none(), 'casualty-figure': none(), disputed: none() };
}

/** The sum of the counts given (all zero when none are). */
function addCounts(...terms: LabelCounts[]): LabelCounts {
  const sum = {} as LabelCounts;
  for (const key of COUNT_KEYS) sum[key] = terms.reduce((total, term) => total + term[key], 0);
  return sum;
}

/** Element `index` of an array the caller knows is long enough. */
function at<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new RangeError(`Index ${index} is out of range`);
  return item;
}
