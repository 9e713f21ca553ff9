// Paints the highlight layer with the CSS Custom Highlight API: one StaticRange per span near the
// viewport, kept in step with plugin state key by key, so a change costs its own ranges, never a repaint of all.
import type { Node } from 'prosemirror-model';
import type { EditorState, PluginView } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { LABEL_IDS, type LabelId } from '../../../shared/labels';
import type { HighlightSpan, HighlightState } from './highlight-span';
import { leaseHighlight, type HighlightLease } from './highlight-registry';
import { ViewportWindow, type PositionWindow } from './viewport-window';
import { lastAtOrBelow } from '../../../shared/sorted-search';
import { overlaps } from '../../../shared/span-index';

/** The CSS.highlights name of a label's spans, as styled by highlights.css. */
export const labelHighlightName = (label: LabelId, muted = false): string =>
  `veritag-${label}${muted ? '-muted' : ''}`;
export const FLAGGED_HIGHLIGHT = 'veritag-flagged';
export const SELECTED_HIGHLIGHT = 'veritag-selected';
export const FLASH_HIGHLIGHT = 'veritag-flash';

/** How long a flashed span stays lit. */
export const FLASH_MS = 1200;

/** How the painter reads the layer's state: the plugin hands it these, so the painter never imports the plugin. */
export interface HighlightSource {
  stateOf: (state: EditorState) => HighlightState;
  /** The spans that share a position with [from, to), found at once even before `prepare`. */
  between: (spans: HighlightState['spans'], from: number, to: number) => readonly Readonly<HighlightSpan>[];
  /** Makes ready what `between` needs for `spans`, so the next scroll or click does not wait for it. */
  prepare: (spans: HighlightState['spans']) => void;
}

interface Painted {
  readonly span: Readonly<HighlightSpan>;
  readonly range: StaticRange;
  readonly leases: readonly HighlightLease[];
}

export class HighlightPainter implements PluginView {
  private readonly labelLeases = new Map<string, HighlightLease>();
  private readonly flagged = leaseHighlight(FLAGGED_HIGHLIGHT, 2);
  private readonly selection = leaseHighlight(SELECTED_HIGHLIGHT, 3);
  private readonly flashing = leaseHighlight(FLASH_HIGHLIGHT, 4);
  private readonly painted = new Map<string, Painted>();
  private readonly locator: DomLocator;
  private readonly window: ViewportWindow;
  private readonly observer: MutationObserver;
  private shown: HighlightState;
  private flashKey: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;
  private idle = 0;

  constructor(
    private readonly view: EditorView,
    private readonly source: HighlightSource,
  ) {
    for (const label of LABEL_IDS) {
      for (const muted of [true, false]) {
        const name = labelHighlightName(label, muted);
        this.labelLeases.set(name, leaseHighlight(name, muted ? 0 : 1));
      }
    }
    this.locator = new DomLocator(view);
    this.window = new ViewportWindow(view, (window) => this.move(window));
    this.shown = { spans: new Map(), selected: null, flash: null, delta: null };
    this.sync(source.stateOf(view.state));
    // ProseMirror may redraw paragraphs (other plugins' decorations, reverted input): static
    // ranges into replaced nodes are made again.
    this.observer = new MutationObserver((records) => this.repair(records));
    this.observer.observe(view.dom, { childList: true, subtree: true, characterData: true });
  }

  update(view: EditorView, prevState: EditorState): void {
    const next = this.source.stateOf(view.state);
    if (view.state.doc !== prevState.doc) {
      // Never happens in the reader (its text is immutable): start over on the new document.
      this.locator.reset();
      for (const key of [...this.painted.keys()]) this.unpaint(key);
      this.shown = { ...this.shown, spans: new Map(), delta: null };
      this.window.update(true);
    }
    if (next !== this.shown) this.sync(next);
  }

  destroy(): void {
    this.observer.disconnect();
    this.window.destroy();
    clearTimeout(this.flashTimer);
    cancelIdleCallback(this.idle);
    for (const lease of [...this.labelLeases.values(), this.flagged, this.selection, this.flashing]) lease.release();
    this.painted.clear();
  }

  private sync(next: HighlightState): void {
    const before = this.shown.spans;
    if (next.spans !== before) {
      if (next.delta && next.delta.base === before) {
        for (const key of next.delta.keys) this.syncKey(key, next.spans.get(key));
      } else {
        for (const [key, painted] of this.painted) if (next.spans.get(key) !== painted.span) this.unpaint(key);
        const { from, to } = this.window.current;
        for (const span of this.source.between(next.spans, from, to)) if (!this.painted.has(span.key)) this.paint(span);
      }
      cancelIdleCallback(this.idle);
      const { spans } = next;
      this.idle = requestIdleCallback(() => this.source.prepare(spans), { timeout: 1000 });
    }
    if (next.selected !== this.shown.selected) {
      this.toggle(this.shown.selected, this.selection, false);
      this.toggle(next.selected, this.selection, true);
    }
    if (next.flash && next.flash !== this.shown.flash) this.startFlash(next.flash.key);
    this.shown = next;
  }

  private syncKey(key: string, span: Readonly<HighlightSpan> | undefined): void {
    const painted = this.painted.get(key);
    if (painted?.span === span) return;
    if (painted) this.unpaint(key);
    const { from, to } = this.window.current;
    if (span && overlaps({ start: span.from, end: span.to }, { start: from, end: to })) this.paint(span);
  }

  /** The viewport moved: paints the spans that came near it and drops those that left. */
  private move({ from, to }: PositionWindow): void {
    const wanted = this.source.between(this.shown.spans, from, to);
    const keys = new Set(wanted.map((span) => span.key));
    for (const key of [...this.painted.keys()]) if (!keys.has(key)) this.unpaint(key);
    for (const span of wanted) if (!this.painted.has(span.key)) this.paint(span);
  }

  private paint(span: Readonly<HighlightSpan>): void {
    const start = this.locator.locate(span.from);
    const end = this.locator.locate(span.to);
    const range = new StaticRange({
      startContainer: start.node,
      startOffset: start.offset,
      endContainer: end.node,
      endOffset: end.offset,
    });
    const label = this.labelLeases.get(labelHighlightName(span.label, span.muted));
    const leases = [label, span.flagged ? this.flagged : undefined].filter((l) => l !== undefined);
    if (span.key === this.shown.selected) leases.push(this.selection);
    if (span.key === this.flashKey) leases.push(this.flashing);
    for (const lease of leases) lease.add(range);
    this.painted.set(span.key, { span, range, leases });
  }

  private unpaint(key: string): void {
    const painted = this.painted.get(key);
    if (!painted) return;
    for (const lease of painted.leases) lease.delete(painted.range);
    this.painted.delete(key);
  }

  /** Adds or removes a painted span's range to a state Highlight (selected, flash). */
  private toggle(key: string | null, lease: HighlightLease, on: boolean): void {
    const painted = key === null ? undefined : this.painted.get(key);
    if (!painted) return;
    const leases = painted.leases.filter((l) => l !== lease);
    if (on) leases.push(lease);
    if (on) lease.add(painted.range);
    else lease.delete(painted.range);
    this.painted.set(painted.span.key, { ...painted, leases });
  }

  private startFlash(key: string): void {
    this.stopFlash();
    this.flashKey = key;
    this.toggle(key, this.flashing, true);
    this.flashTimer = setTimeout(() => this.stopFlash(), FLASH_MS);
  }

  private stopFlash(): void {
    clearTimeout(this.flashTimer);
    this.toggle(this.flashKey, this.flashing, false);
    this.flashKey = null;
  }

  /** Makes again the ranges whose boundary nodes ProseMirror replaced or changed. */
  private repair(records: readonly MutationRecord[]): void {
    const blocks = new Set<globalThis.Node>();
    for (const record of records) blocks.add(this.blockOf(record.target));
    this.locator.reset();
    this.repaint(({ range }) =>
      [range.startContainer, range.endContainer].some((node) => !node.isConnected || blocks.has(this.blockOf(node))),
    );
  }

  private repaint(test: (painted: Painted) => boolean): void {
    const stale = [...this.painted.values()].filter(test).map((painted) => painted.span);
    for (const span of stale) {
      this.unpaint(span.key);
      this.paint(span);
    }
  }

  /** The child of the editor's DOM that holds `node` (the editor's DOM for itself). */
  private blockOf(node: globalThis.Node): globalThis.Node {
    if (node === this.view.dom) return node;
    let current = node;
    while (current.parentNode && current.parentNode !== this.view.dom) current = current.parentNode;
    return current.parentNode === this.view.dom ? current : this.view.dom;
  }
}

/**
 * Position → DOM point. `view.domAtPos` walks the document's children linearly, too slow for
 * 40,000 lookups in a 2,256-paragraph text; when the DOM is the plain one paragraph → one text
 * node that the reader renders, a binary search over paragraph starts finds the point instead.
 */
class DomLocator {
  private doc: Node | null = null;
  private starts = new Float64Array(0);
  private direct = false;

  constructor(private readonly view: EditorView) {}

  reset(): void {
    this.doc = null;
  }

  locate(pos: number): { node: globalThis.Node; offset: number } {
    const doc = this.view.state.doc;
    if (doc !== this.doc) this.index(doc);
    if (!this.direct) return this.view.domAtPos(pos);
    const i = lastAtOrBelow(this.starts, pos);
    const block = this.view.dom.childNodes[i];
    const paragraph = i < doc.childCount ? doc.child(i) : undefined;
    if (!block || !paragraph || pos === this.starts[i]) return { node: this.view.dom, offset: Math.max(i, 0) };
    const size = paragraph.content.size;
    if (size === 0) return { node: block, offset: 0 };
    const text = block.firstChild;
    if (text === null || text !== block.lastChild || text.nodeType !== TEXT_NODE || text.textContent?.length !== size) {
      return this.view.domAtPos(pos);
    }
    return { node: text, offset: Math.min(pos - (this.starts[i] ?? 0) - 1, size) };
  }

  private index(doc: Node): void {
    this.doc = doc;
    const starts = new Float64Array(doc.childCount + 1);
    let offset = 0;
    let textblocks = true;
    for (let i = 0; i < doc.childCount; i++) {
      const child = doc.child(i);
      starts[i] = offset;
      offset += child.nodeSize;
      textblocks &&= child.isTextblock;
    }
    starts[doc.childCount] = doc.content.size;
    this.starts = starts;
    this.direct = textblocks && this.view.dom.childNodes.length === doc.childCount;
  }
}

const TEXT_NODE = 3;

