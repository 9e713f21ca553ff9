// Finding a reader's paragraph by where it is on screen: a binary search over the view's top-level
// block elements, which lie top to bottom. Used by the viewport window and the review's scroll sync.

/**
 * The first index below `count` that passes `test`, for a `test` that is false and then true going
 * down the blocks; `count` when none passes.
 */
export function firstBlockWhere(count: number, test: (index: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
