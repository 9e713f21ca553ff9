// The stretch of the reader's document on screen, plus a margin. Chromium re-validates every
// registered highlight range on any highlight, DOM or style change, so only ranges near the viewport are registered.
import type { EditorView } from 'prosemirror-view';
import { firstIndexWhere } from '../../../shared/sorted-search';
import { blockAt } from './reader-blocks';

/** Document positions [from, to); empty (from = to) when the view shows nothing. */
export interface PositionWindow {
  readonly from: number;
  readonly to: number;
}

/** A vertical stretch in client (viewport) coordinates. */
export interface Band {
  readonly top: number;
  readonly bottom: number;
}

/** Painted ahead of what is visible, above and below, in heights of the visible part. */
const MARGIN = 1;
/** The window moves once less than this much (visible heights) is left painted ahead. */
const SLACK = 0.25;
/**
 * Until the first frame lays the text out, the window is its first this many positions (several
 * screens of the reading column): measuring sooner would force a layout of the whole text.
 */
const FIRST_WINDOW = 20_000;

/**
 * The band to paint: the part of `view` seen through every clipping box in `clips` (the window's
 * viewport and each scrolling ancestor), grown by `margin` times its height above and below and cut
 * to the view. Null when none of the view is visible.
 */
export function paintBand(view: Band, clips: readonly Band[], margin: number): Band | null {
  let top = -Infinity;
  let bottom = Infinity;
  for (const clip of clips) {
    top = Math.max(top, clip.top);
    bottom = Math.min(bottom, clip.bottom);
  }
  const seenTop = Math.max(top, view.top);
  const seenBottom = Math.min(bottom, view.bottom);
  if (seenBottom <= seenTop || !Number.isFinite(bottom - top)) return null;
  const grow = margin * (bottom - top);
  return { top: Math.max(view.top, top - grow), bottom: Math.min(view.bottom, bottom + grow) };
}

/**
 * The first and last of `count` blocks, laid out top to bottom with the rects `rectOf` gives, that
 * meet `band`; null when none does.
 */
export function blocksInBand(count: number, rectOf: (index: number) => Band, band: Band): { first: number; last: number } | null {
  const first = firstIndexWhere(count, (index) => rectOf(index).bottom >= band.top);
  const last = firstIndexWhere(count, (index) => rectOf(index).top > band.bottom) - 1;
  return first < count && last >= first ? { first, last } : null;
}

export class ViewportWindow {
  private covered: PositionWindow;
  private measured = false;
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly schedule = (): void => {
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(() => this.update());
  };

  constructor(
    private readonly view: EditorView,
    private readonly onMove: (window: PositionWindow) => void,
  ) {
    this.covered = { from: 0, to: Math.min(FIRST_WINDOW, view.state.doc.content.size) };
    // Capture sees the scrolling of any ancestor; the observer sees the view shown, hidden or resized
    // (and reports it once laid out, when the first measurement is made).
    this.doc.addEventListener('scroll', this.schedule, { capture: true, passive: true });
    this.win.addEventListener('resize', this.schedule, { passive: true });
    this.resizeObserver = new ResizeObserver(this.schedule);
    this.resizeObserver.observe(view.dom);
  }

  get current(): PositionWindow {
    return this.covered;
  }

  /** Measures again now; `force` also when the viewport is still inside the window. */
  update(force = false): void {
    this.win.cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!force && this.measured && contains(this.covered, this.measure(SLACK))) return;
    this.measured = true;
    const next = this.measure(MARGIN);
    if (next.from === this.covered.from && next.to === this.covered.to) return;
    this.covered = next;
    this.onMove(next);
  }

  destroy(): void {
    this.win.cancelAnimationFrame(this.frame);
    this.doc.removeEventListener('scroll', this.schedule, { capture: true });
    this.win.removeEventListener('resize', this.schedule);
    this.resizeObserver.disconnect();
  }

  private get doc(): Document {
    return this.view.dom.ownerDocument;
  }

  private get win(): Window {
    return this.doc.defaultView ?? window;
  }

  /** The boxes that clip the view: the window's viewport and every ancestor that scrolls or clips. */
  private clips(): Band[] {
    const clips: Band[] = [{ top: 0, bottom: this.win.innerHeight }];
    for (let el = this.view.dom.parentElement; el && el !== this.doc.documentElement; el = el.parentElement) {
      if (this.win.getComputedStyle(el).overflowY === 'visible') continue;
      const rect = el.getBoundingClientRect();
      clips.push({ top: rect.top + el.clientTop, bottom: rect.top + el.clientTop + el.clientHeight });
    }
    return clips;
  }

  /** The positions of the blocks within `margin` visible heights above and below what is visible. */
  private measure(margin: number): PositionWindow {
    const dom = this.view.dom;
    if (!dom.isConnected) return { from: 0, to: 0 };
    const band = paintBand(dom.getBoundingClientRect(), this.clips(), margin);
    if (!band) return { from: 0, to: 0 };
    const size = this.view.state.doc.content.size;
    const blocks = dom.children;
    if (blocks.length === 0) return { from: 0, to: size };
    const found = blocksInBand(blocks.length, (index) => blockAt(blocks, index).getBoundingClientRect(), band);
    if (!found) return { from: 0, to: 0 };
    const first = blockAt(blocks, found.first);
    const last = blockAt(blocks, found.last);
    const from = this.view.posAtDOM(first, 0) - 1;
    const to = this.view.posAtDOM(last, last.childNodes.length) + 1;
    return { from: clamp(from, size), to: clamp(to, size) };
  }
}

function contains(outer: PositionWindow, inner: PositionWindow): boolean {
  return inner.from === inner.to ? outer.from === outer.to : outer.from <= inner.from && inner.to <= outer.to;
}

const clamp = (pos: number, size: number): number => Math.min(Math.max(pos, 0), size);
