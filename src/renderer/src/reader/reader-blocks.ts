// The reader's paragraphs as DOM elements (the view's top-level children) looked up by index, for
// the viewport window and the review's scroll sync, which search them by where they are on screen.

/** The block element at `index`, which the caller has bounded by `blocks.length`. */
export function blockAt(blocks: HTMLCollection, index: number): Element {
  const block = blocks.item(index);
  if (block === null) throw new RangeError(`No block ${index} of ${blocks.length}`);
  return block;
}
