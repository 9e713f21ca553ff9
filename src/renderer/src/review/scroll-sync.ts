// Keeps the review screen's two readers on the same passage: scrolling one scrolls the other so that
// the same text sits at the same height, measured in each pane, since highlights may change line heights.
import { useEffect } from 'react';
import type { EditorView } from 'prosemirror-view';
import { firstIndexWhere } from '../../../shared/sorted-search';
import { offsetAtPosition, positionAtOffset } from '../reader/anchor';
import { blockAt } from '../reader/reader-blocks';
import type { DocumentPositions } from '../reader/document-positions';

/** A reader and the element that scrolls it; both readers show the same text. */
export interface ScrollPane {
  scroller: HTMLElement;
  view: EditorView;
  map: DocumentPositions;
}

/**
 * Where a viewport's top edge is in the text: `fraction` of the way down the line holding `offset`
 * when the edge crosses that line, else `gap` pixels above its top (a heading, a paragraph's margin).
 */
interface TextAnchor {
  offset: number;
  fraction: number;
  gap: number;
}

/** A line box in viewport coordinates. */
interface LineBox {
  top: number;
  height: number;
}

/** How far down the viewport scrollBothTo puts its offset. */
const FOCUS_HEIGHT = 1 / 3;

/** Moves smaller than this are not made (they would only echo rounding back and forth). */
const MIN_MOVE = 0.5;

/**
 * The scrollTop this module last gave each scroller, until that scroll's event arrives: the event
 * then reports a move it made itself, which must not be followed back (a feedback loop).
 */
const ownScrolls = new WeakMap<HTMLElement, number>();

/** Keeps `left` and `right` scrolled together while both are given. */
export function useScrollSync(left: ScrollPane | null, right: ScrollPane | null): void {
  const [leftScroller, leftView, leftMap] = [left?.scroller, left?.view, left?.map];
  const [rightScroller, rightView, rightMap] = [right?.scroller, right?.view, right?.map];
  useEffect(() => {
    if (!leftScroller || !leftView || !leftMap || !rightScroller || !rightView || !rightMap) return;
    return syncScrolling(
      { scroller: leftScroller, view: leftView, map: leftMap },
      { scroller: rightScroller, view: rightView, map: rightMap },
    );
  }, [leftScroller, leftView, leftMap, rightScroller, rightView, rightMap]);
}

/**
 * Makes each pane follow the other's scrolling (user, wheel, keyboard or script), at most once per
 * animation frame, and realigns them when either reader's size changes. Returns the function that stops it.
 */
export function syncScrolling(left: ScrollPane, right: ScrollPane): () => void {
  const win = left.scroller.ownerDocument.defaultView ?? window;
  let frame = 0;
  /** The pane to follow at the next frame. */
  let driver: ScrollPane | null = null;
  /** The pane a scroll came from last, which leads when both readers change size. */
  let lastDriver = left;

  const run = (): void => {
    frame = 0;
    const from = driver;
    driver = null;
    // A pane this module has just placed (scrollBothTo, or following) does not lead: what it shows
    // was set from elsewhere, and its scroll event, still to come, is an echo.
    if (from && !ownScrolls.has(from.scroller)) follow(from, from === left ? right : left);
  };
  const schedule = (pane: ScrollPane): void => {
    driver = pane;
    if (frame === 0) frame = win.requestAnimationFrame(run);
  };
  const onScroll = (pane: ScrollPane) => (): void => {
    if (isOwnScroll(pane.scroller)) return;
    lastDriver = pane;
    schedule(pane);
  };
  const onLeftScroll = onScroll(left);
  const onRightScroll = onScroll(right);
  left.scroller.addEventListener('scroll', onLeftScroll, { passive: true });
  right.scroller.addEventListener('scroll', onRightScroll, { passive: true });
  // Line heights or widths that change under a still viewport move the text out of step: the pane
  // that kept its layout leads (the last one scrolled when both changed, e.g. a resized window).
  const resizes = new ResizeObserver((entries) => {
    const changed = new Set(entries.map((entry) => entry.target));
    const leftChanged = changed.has(left.view.dom);
    if (leftChanged === changed.has(right.view.dom)) schedule(lastDriver);
    else schedule(leftChanged ? right : left);
  });
  resizes.observe(left.view.dom);
  resizes.observe(right.view.dom);

  return () => {
    win.cancelAnimationFrame(frame);
    resizes.disconnect();
    left.scroller.removeEventListener('scroll', onLeftScroll);
    right.scroller.removeEventListener('scroll', onRightScroll);
  };
}

/** Scrolls each given pane so that code-point `offset` sits a third of the way down its viewport. */
export function scrollBothTo(left: ScrollPane | null, right: ScrollPane | null, offset: number): void {
  for (const pane of [left, right]) {
    if (!pane || !showing(pane)) continue;
    const line = lineBox(pane.view, positionAtOffset(pane.map, offset));
    scrollBy(pane.scroller, line.top - (viewportTop(pane.scroller) + pane.scroller.clientHeight * FOCUS_HEIGHT));
  }
}

/** Scrolls `to` so that the text at the top of `from`'s viewport is at the top of its own. */
function follow(from: ScrollPane, to: ScrollPane): void {
  if (!showing(from) || !showing(to)) return;
  const anchor = anchorAtTop(from);
  if (!anchor) return;
  const line = lineBox(to.view, positionAtOffset(to.map, anchor.offset));
  const wantedTop = viewportTop(to.scroller) - anchor.fraction * line.height + anchor.gap;
  scrollBy(to.scroller, line.top - wantedTop);
}

/** The first line at least partly visible in a pane, found with posAtCoords just inside the text column. */
function anchorAtTop({ scroller, view, map }: ScrollPane): TextAnchor | null {
  const top = viewportTop(scroller);
  const blocks = view.dom.children;
  if (blocks.length === 0) return null;
  const index = Math.min(firstIndexWhere(blocks.length, (i) => blockAt(blocks, i).getBoundingClientRect().bottom > top), blocks.length - 1);
  const block = blocks[index];
  if (!block) return null;
  const start = view.posAtDOM(block, 0);
  const end = view.state.doc.resolve(start).end();
  const rect = block.getBoundingClientRect();
  let pos = start;
  if (rect.top < top) {
    // The paragraph crosses the top edge: the line there starts at the column's left edge.
    const hit = view.posAtCoords({ left: rect.left + 1, top: Math.min(top + 1, rect.bottom - 1) });
    if (hit && hit.pos >= start && hit.pos <= end) pos = hit.pos;
  }
  const line = lineBox(view, pos);
  const offset = offsetAtPosition(map, pos);
  const depth = (top - line.top) / line.height;
  return depth >= 0 && depth < 1 ? { offset, fraction: depth, gap: 0 } : { offset, fraction: 0, gap: line.top - top };
}

/**
 * The line box holding position `pos`. coordsAtPos measures the glyphs, which sit mid-line, so the
 * box is the line height (from CSS) around their middle: the same text aligns across line heights.
 */
function lineBox(view: EditorView, pos: number): LineBox {
  const caret = view.coordsAtPos(pos, 1);
  const glyphs = Math.max(caret.bottom - caret.top, 1);
  const at = view.domAtPos(pos, 1).node;
  const element = at instanceof Element ? at : (at.parentElement ?? view.dom);
  const lineHeight = Number.parseFloat(getComputedStyle(element).lineHeight);
  const height = Number.isFinite(lineHeight) && lineHeight > glyphs ? lineHeight : glyphs;
  return { top: (caret.top + caret.bottom) / 2 - height / 2, height };
}

/** Scrolls by `delta` pixels, noting the resulting position as this module's own. */
function scrollBy(scroller: HTMLElement, delta: number): void {
  if (Math.abs(delta) < MIN_MOVE) return;
  const before = scroller.scrollTop;
  scroller.scrollTop = before + delta;
  const after = scroller.scrollTop;
  if (after !== before) ownScrolls.set(scroller, after);
}

/** Whether a scroll event reports the position this module set (consuming that note either way). */
function isOwnScroll(scroller: HTMLElement): boolean {
  const expected = ownScrolls.get(scroller);
  if (expected === undefined) return false;
  ownScrolls.delete(scroller);
  return Math.abs(scroller.scrollTop - expected) < 1;
}

/** Whether a pane is laid out and alive, so that measuring it means something. */
function showing({ scroller, view }: ScrollPane): boolean {
  return !view.isDestroyed && view.dom.isConnected && scroller.clientHeight > 0;
}

function viewportTop(scroller: HTMLElement): number {
  return scroller.getBoundingClientRect().top + scroller.clientTop;
}
