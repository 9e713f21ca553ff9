// Binary search over ascending numbers, shared by the offset map and the highlight painter
// (both look up which line or paragraph a position falls in).

/** Index of the last element ≤ `value` in an ascending array, or -1 when there is none. */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? Infinity) <= value) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
