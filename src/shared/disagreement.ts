// What the review screen walks when two sets are compared: each span's disagreement class and
// the connected groups of overlapping spans that are not all agreement (agreement.md).
import { overlappingPairs } from './agreement';
import { labeledSpanKey, type LabeledSpan } from './labeled-span';
import { compareIntervals } from './span-index';

/** A span of A: agree, boundary, label, or only in A (the first that fits). */
export type ClassOfA = 'agree' | 'boundary' | 'label' | 'only-a';
/** A span of B, classed against A the same way. */
export type ClassOfB = 'agree' | 'boundary' | 'label' | 'only-b';

/** The class of each span, index for index with the spans passed in. */
export interface Classes {
  a: ClassOfA[];
  b: ClassOfB[];
}

/**
 * One connected group of overlapping spans from A and B, in text order (start, then end, then
 * the order passed in); `aClasses[k]` is the class of `a[k]`, and likewise for B.
 */
export interface Disagreement<S extends LabeledSpan> {
  /** The smallest start and largest end of the group's spans. */
  start: number;
  end: number;
  a: S[];
  b: S[];
  aClasses: ClassOfA[];
  bClasses: ClassOfB[];
}

const RANK = { agree: 0, boundary: 1, label: 2, only: 3 } as const;
const CLASS_OF_A: readonly ClassOfA[] = ['agree', 'boundary', 'label', 'only-a'];
const CLASS_OF_B: readonly ClassOfB[] = ['agree', 'boundary', 'label', 'only-b'];

/**
 * Each span's class: agree (the other set has a span with the same start, end and label),
 * boundary (it has an overlapping span with the same label), label (an overlapping span with
 * another label), else only-a / only-b. Overlapping means sharing at least one code point.
 */
export function classify<S extends LabeledSpan>(a: readonly S[], b: readonly S[]): Classes {
  const rankA = a.map(() => RANK.only as number);
  const rankB = b.map(() => RANK.only as number);
  overlappingPairs(a, b, (i, j) => {
    const x = a[i];
    const y = b[j];
    if (x === undefined || y === undefined) return;
    const rank = x.label !== y.label ? RANK.label : sameRange(x, y) ? RANK.agree : RANK.boundary;
    rankA[i] = Math.min(rankA[i] ?? RANK.only, rank);
    rankB[j] = Math.min(rankB[j] ?? RANK.only, rank);
  });
  // An empty span overlaps nothing, yet agrees with an identical one.
  markEmptyAgreements(a, b, rankA, rankB);
  return {
    a: rankA.map((rank) => CLASS_OF_A[rank] ?? 'only-a'),
    b: rankB.map((rank) => CLASS_OF_B[rank] ?? 'only-b'),
  };
}

/**
 * The groups of spans (A and B together) connected by overlaps, leaving out those whose spans
 * all agree, sorted by start then end. Overlaps within one set connect spans too, so nested or
 * crossing spans of one annotator are adjudicated together.
 */
export function disagreements<S extends LabeledSpan>(
  a: readonly S[],
  b: readonly S[],
): Disagreement<S>[] {
  const classes = classify(a, b);
  const members = [
    ...a.map((span, index) => ({ span, side: 'a' as const, index })),
    ...b.map((span, index) => ({ span, side: 'b' as const, index })),
  ].sort((x, y) => compareIntervals(x.span, y.span));
  const groups: Disagreement<S>[] = [];
  let current: Disagreement<S> | null = null;
  for (const { span, side, index } of members) {
    const empty = span.end <= span.start;
    let group: Disagreement<S> | null = empty ? null : current;
    if (group === null || span.start >= group.end) {
      group = { start: span.start, end: span.end, a: [], b: [], aClasses: [], bClasses: [] };
      groups.push(group);
      // An empty span overlaps nothing: it stands alone and leaves the open group open.
      if (!empty) current = group;
    }
    group.end = Math.max(group.end, span.end);
    if (side === 'a') {
      group.a.push(span);
      group.aClasses.push(classes.a[index] ?? 'only-a');
    } else {
      group.b.push(span);
      group.bClasses.push(classes.b[index] ?? 'only-b');
    }
  }
  return groups
    .filter((group) => [...group.aClasses, ...group.bClasses].some((c) => c !== 'agree'))
    .sort(compareIntervals);
}

function sameRange(x: LabeledSpan, y: LabeledSpan): boolean {
  return x.start === y.start && x.end === y.end;
}

function markEmptyAgreements(
  a: readonly LabeledSpan[],
  b: readonly LabeledSpan[],
  rankA: number[],
  rankB: number[],
): void {
  const emptyA = new Set(a.filter((span) => span.end <= span.start).map(labeledSpanKey));
  const emptyB = new Set(b.filter((span) => span.end <= span.start).map(labeledSpanKey));
  if (emptyA.size === 0 || emptyB.size === 0) return;
  a.forEach((span, i) => {
    if (emptyB.has(labeledSpanKey(span))) rankA[i] = RANK.agree;
  });
  b.forEach((span, j) => {
    if (emptyA.has(labeledSpanKey(span))) rankB[j] = RANK.agree;
  });
}
