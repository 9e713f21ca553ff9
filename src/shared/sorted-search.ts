// The one binary search of the project: over sorted numbers, line and paragraph starts, span
// starts, surrogate pairs and the reader's blocks on screen, all as "the first index where a
// test turns true".

/**
 * The first index in [0, length) for which `test` holds, for a `test` that is false and then
 * true going up the indices; `length` when it holds for none.
 */
export function firstIndexWhere(length: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last element ≤ `value` in an ascending array, or -1 when there is none. */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  return firstIndexWhere(sorted.length, (i) => (sorted[i] ?? Infinity) > value) - 1;
}
