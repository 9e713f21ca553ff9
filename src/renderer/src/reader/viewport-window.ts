// The stretch of the reader's document on screen, plus a margin. Chromium re-validates every
// registered highlight range on any highlight, DOM or style change, so only ranges near the viewport are registered.
import type { EditorView } from 'prosemirror-view';
import { firstBlockWhere } from './block-search';

/** Document positions [from, to); empty (from = to) when the view shows nothing. */
export interface PositionWindow {
  readonly from: number;
  readonly to: number;
}

/** Painted ahead of the viewport, above and below, in viewport heights. */
const MARGIN = 1;
/** The window moves once less than this much (viewport heights) is left painted ahead. */
const SLACK = 0.25;

export class ViewportWindow {
  private covered: PositionWindow;
  private frame = 0;
  private readonly resizeObserver: ResizeObserver;
  private readonly schedule = (): void => {
    if (this.frame === 0) this.frame = this.win.requestAnimationFrame(() => this.update());
  };

  constructor(
    private readonly view: EditorView,
    private readonly onMove: (window: PositionWindow) => void,
  ) {
    this.covered = this.measure(MARGIN);
    // Capture sees the scrolling of any ancestor; the observer sees the view shown, hidden or resized.
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
    if (!force && contains(this.covered, this.measure(SLACK))) return;
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

  /** The positions of the blocks between `margin` viewport heights above and below the viewport. */
  private measure(margin: number): PositionWindow {
    const dom = this.view.dom;
    const rect = dom.getBoundingClientRect();
    const height = this.win.innerHeight;
    const top = Math.max(rect.top, -margin * height);
    const bottom = Math.min(rect.bottom, height * (1 + margin));
    const blocks = dom.children;
    if (bottom <= top || rect.height === 0 || !dom.isConnected) return { from: 0, to: 0 };
    const size = this.view.state.doc.content.size;
    if (blocks.length === 0) return { from: 0, to: size };
    const first = blocks[firstBlockWhere(blocks, (rect) => rect.bottom >= top)];
    const last = blocks[firstBlockWhere(blocks, (rect) => rect.top > bottom) - 1];
    if (!first || !last) return { from: 0, to: 0 };
    const from = this.view.posAtDOM(first, 0) - 1;
    const to = this.view.posAtDOM(last, last.childNodes.length) + 1;
    return { from: clamp(from, size), to: clamp(to, size) };
  }
}

function contains(outer: PositionWindow, inner: PositionWindow): boolean {
  return inner.from === inner.to ? outer.from === outer.to : outer.from <= inner.from && inner.to <= outer.to;
}

const clamp = (pos: number, size: number): number => Math.min(Math.max(pos, 0), size);
