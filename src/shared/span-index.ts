// Intervals of a text (code points or positions, end exclusive) and the one index over them: what
// is under the caret, what overlaps a range, the Tab / Shift+Tab targets, and agreement's pairs.
import { firstIndexWhere } from './sorted-search';

/** A range [start, end): `start` inclusive, `end` exclusive. */
export interface Interval {
  start: number;
  end: number;
}

/** Whether two intervals share at least one point (an empty interval shares none). */
export function overlaps(a: Interval, b: Interval): boolean {
  return a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;
}

/** How many points two intervals share. */
export function overlapLength(a: Interval, b: Interval): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** By start, then end. */
export function compareIntervals(a: Interval, b: Interval): number {
  return a.start - b.start || a.end - b.end;
}


/** Up to this many spans changed, `with` splices them in and out; past it, it merges. */
const FEW = 64;

/** `items` (in `order`) without `removed`, with `incoming` (sorted by `order`) merged in, equal ones after. */
function merge<T>(items: readonly T[], removed: ReadonlySet<T>, incoming: readonly T[], order: (a: T, b: T) => number): T[] {
  const merged: T[] = [];
  let next = 0;
  for (const item of items) {
    if (removed.has(item)) continue;
    for (let add = incoming[next]; add !== undefined && order(add, item) < 0; add = incoming[++next]) merged.push(add);
    merged.push(item);
  }
  merged.push(...incoming.slice(next));
  return merged;
}

/** Spans with end > after and start < before (start ≤ before when inclusive). */
interface StabQuery {
  after: number;
  before: number;
  inclusive: boolean;
}

function startsInTime(start: number, query: StabQuery): boolean {
  return query.inclusive ? start <= query.before : start < query.before;
}

/**
 * An immutable index of spans (code-point ranges, end exclusive) sorted by start then end, ties
 * kept in input order or ordered by a given comparison (as the reader's labels and keys). It is
 * an implicit interval tree: the middle element of each binary-search range also stores the
 * largest `end` in that range, so queries skip ranges that end too early.
 */
export class SpanIndex<T extends Interval> {
  /** The spans sorted by start, then end. */
  readonly items: readonly T[];
  private readonly starts: Float64Array;
  /** For the middle index of each range of the implicit tree: the largest end in that range. */
  private readonly maxEnds: Float64Array;

  /** `sorted` in text order already; the index keeps it. */
  private constructor(sorted: T[]) {
    this.items = Object.freeze(sorted);
    this.starts = Float64Array.from(sorted, (item) => item.start);
    this.maxEnds = new Float64Array(sorted.length);
    this.fillMaxEnds(0, sorted.length);
  }

  /** An index of `items`; spans with the same start and end in the order `ties` gives, else as given. */
  static from<T extends Interval>(items: Iterable<T>, ties?: (a: T, b: T) => number): SpanIndex<T> {
    const order = ties ? (a: T, b: T) => compareIntervals(a, b) || ties(a, b) : compareIntervals;
    return new SpanIndex(Array.from(items).sort(order));
  }

  /**
   * This index without the items in `removed` and with those in `added`, placed as `from` would
   * place them with the same `ties` (added ones after equal present ones without it): one merge
   * over the items, so changing a few of n costs O(n) with no sort of them all.
   */
  with(removed: ReadonlySet<T>, added: readonly T[], ties?: (a: T, b: T) => number): SpanIndex<T> {
    const order = ties ? (a: T, b: T) => compareIntervals(a, b) || ties(a, b) : compareIntervals;
    const incoming = [...added].sort(order);
    if (removed.size + incoming.length > FEW) return new SpanIndex(merge(this.items, removed, incoming, order));
    // A few: each found by binary search and spliced, the rest copied as a block.
    const gone = [...removed].map((item) => this.indexOf(item)).filter((at) => at >= 0);
    const items = [...this.items];
    for (const at of gone.sort((a, b) => b - a)) items.splice(at, 1);
    for (const item of incoming) {
      const at = firstIndexWhere(items.length, (i) => order(items[i] ?? item, item) > 0);
      items.splice(at, 0, item);
    }
    return new SpanIndex(items);
  }

  /** The spans holding `offset` (start ≤ offset < end), shortest first, then by start. */
  at(offset: number): T[] {
    const found: T[] = [];
    this.collect(0, this.items.length, { after: offset, before: offset, inclusive: true }, found);
    return found.sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  }

  /** The spans sharing at least one code point with [start, end), in text order; [] if empty. */
  overlapping(start: number, end: number): T[] {
    const found: T[] = [];
    if (end > start) {
      this.collect(0, this.items.length, { after: start, before: end, inclusive: false }, found);
    }
    return found;
  }

  /** The first span in text order that starts at or after `offset` (the target of Tab from a caret). */
  next(offset: number): T | undefined {
    return this.items[this.firstStartAtOrAbove(offset)];
  }

  /** The last span in text order that starts before `offset` (the target of Shift+Tab from a caret). */
  previous(offset: number): T | undefined {
    return this.items[this.firstStartAtOrAbove(offset) - 1];
  }

  /** Where `item` itself is in `items` (-1 when absent): found by its start, then among the spans sharing it. */
  indexOf(item: T): number {
    for (let i = this.firstStartAtOrAbove(item.start); i < this.items.length; i++) {
      const candidate = this.items[i];
      if (candidate === item) return i;
      if (candidate?.start !== item.start) break;
    }
    return -1;
  }

  private fillMaxEnds(lo: number, hi: number): number {
    if (lo >= hi) return -Infinity;
    const mid = (lo + hi) >>> 1;
    const ownEnd = this.items[mid]?.end ?? -Infinity;
    const max = Math.max(ownEnd, this.fillMaxEnds(lo, mid), this.fillMaxEnds(mid + 1, hi));
    this.maxEnds[mid] = max;
    return max;
  }

  /** Appends, in text order, the spans in [lo, hi) that match `query`. */
  private collect(lo: number, hi: number, query: StabQuery, found: T[]): void {
    if (lo >= hi) return;
    const mid = (lo + hi) >>> 1;
    if ((this.maxEnds[mid] ?? -Infinity) <= query.after) return;
    if (!startsInTime(this.starts[lo] ?? Infinity, query)) return;
    this.collect(lo, mid, query, found);
    const item = this.items[mid];
    if (item !== undefined && item.end > query.after && startsInTime(item.start, query)) {
      found.push(item);
    }
    this.collect(mid + 1, hi, query, found);
  }

  /** Index of the first span whose start is ≥ `offset` (items.length when none). */
  private firstStartAtOrAbove(offset: number): number {
    return firstIndexWhere(this.starts.length, (i) => (this.starts[i] ?? Infinity) >= offset);
  }
}
