// Finding a reader's paragraph by where it is on screen: a binary search over the view's top-level
// block elements, which lie top to bottom. Used by the viewport window and the review's scroll sync.

/**
 * The first index in `blocks` whose bounding rect passes `test`, for a `test` that is false and then
 * true going down the blocks; blocks.length when none passes.
 */
export function firstBlockWhere(blocks: HTMLCollection, test: (rect: DOMRect) => boolean): number {
  let lo = 0;
  let hi = blocks.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(blocks[mid]?.getBoundingClientRect() ?? new DOMRect())) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
