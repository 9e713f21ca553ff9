// The highlight benchmark page: the real reader (schema, document, read-only plugin) over a 1 MB
// text, timing ways of painting spans from text already shown to the next presented frame.
import '@fontsource/literata/400.css';
import '@fontsource/inter/400.css';
import 'prosemirror-view/style/prosemirror.css';
import '../../src/renderer/src/styles.css';
import '../../src/renderer/src/reader/highlights.css';
import './bench.css';
import { EditorState, Plugin, PluginKey, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, EditorView } from 'prosemirror-view';
import { firstIndexWhere } from '../../src/shared/sorted-search';
import { DocumentPositions } from '../../src/renderer/src/reader/document-positions';
import { createReaderDocument } from '../../src/renderer/src/reader/reader-document';
import { readOnly } from '../../src/renderer/src/reader/read-only-plugin';
import {
  addHighlight,
  highlightLayer,
  highlightsAt,
  removeHighlight,
  setHighlights,
} from '../../src/renderer/src/reader/highlight-layer';
import type { HighlightSpan } from '../../src/renderer/src/reader/highlight-span';
import { labelHighlightName } from '../../src/renderer/src/reader/highlight-painter';
import { benchSpans, benchText } from './fixture';
import { seededRandom } from '../../test-support/seeded-random';

/** css-range / css-static: one Range (or StaticRange) per span straight into CSS.highlights. */
export type Method = 'css-range' | 'css-static' | 'layer' | 'decorations';

export interface Sample {
  /** From the start of the change to the end of the script that makes it. */
  script: number;
  /** From the start of the change to after the next frame is presented. */
  painted: number;
  /** Main-thread work of the frames waited for: from each frame's animation callbacks to the task after it. */
  frames: number;
}

/** Opening the text: each step's script, and from the start to the first frame with the text. */
export interface OpenSample {
  positions: number;
  document: number;
  view: number;
  painted: number;
}

export interface HighlightBench {
  info: () => { characters: number; paragraphs: number };
  /** Opens the text in a fresh reader with the highlight layer, `times` times. */
  open: (times: number, layer?: boolean) => Promise<OpenSample[]>;
  /**
   * With `present` spans in the layer, `times` times: the whole list again with one span changed (a
   * new object, the others the same objects), then the spans under a position (a click's lookup).
   */
  retag: (present: number, times: number) => Promise<{ set: Sample[]; lookup: Sample[] }>;
  /** Paints `count` spans on a freshly shown reader. */
  paint: (method: Method, count: number) => Promise<Sample>;
  /**
   * With `present` spans painted, `times` times: a frame with no change (the floor of every figure),
   * adding one span, removing it, and changing the text of an element outside the reader (as the
   * status line does on every selection change).
   */
  single: (method: Method, present: number, times: number) => Promise<Record<'idle' | 'add' | 'remove' | 'unrelated', Sample[]>>;
  /** With `present` spans painted: scrolls down one screen, then jumps to a random place, `times` times. */
  scroll: (method: Method, present: number, times: number) => Promise<{ step: Sample[]; jump: Sample[] }>;
  /** Shows `count` spans with `method` scrolled to `fraction` of the text, for a screenshot. */
  show: (method: Method, count: number, fraction: number) => Promise<void>;
}

declare global {
  interface Window {
    veritagBench?: HighlightBench;
  }
}

interface Harness {
  setAll: (spans: readonly HighlightSpan[]) => void;
  view: EditorView;
  add: (span: HighlightSpan) => void;
  remove: (span: HighlightSpan) => void;
  destroy: () => void;
}

const text = benchText();
const map = DocumentPositions.fromText(text);
const doc = createReaderDocument(map);
const lengths = map.lines.map((line) => line.length);
const starts: number[] = [];
doc.forEach((_, offset) => starts.push(offset));
const host = document.getElementById('host');
if (!host) throw new Error('the page has no #host');
const mountPoint: HTMLElement = host;

function mount(plugins: Plugin[]): EditorView {
  return new EditorView(mountPoint, {
    state: EditorState.create({ doc, plugins: [readOnly(), ...plugins] }),
    attributes: { class: 'reader-text', spellcheck: 'false' },
  });
}

function layerHarness(): Harness {
  const view = mount([highlightLayer()]);
  const run = (change: (tr: Transaction) => Transaction) => view.dispatch(change(view.state.tr));
  return {
    setAll: (spans) => run((tr) => setHighlights(tr, spans)),
    add: (span) => run((tr) => addHighlight(tr, span)),
    remove: (span) => run((tr) => removeHighlight(tr, span.key)),
    view,
    destroy: () => view.destroy(),
  };
}

/** The baseline: the least work the Custom Highlight API needs, ProseMirror untouched. */
function cssHarness(kind: 'css-range' | 'css-static'): Harness {
  const view = mount([]);
  const ranges = new Map<string, AbstractRange>();
  const point = (pos: number): [Node, number] => {
    const lo = Math.max(0, firstIndexWhere(starts.length, (i) => (starts[i] ?? Infinity) >= pos) - 1);
    const block = view.dom.childNodes[lo];
    const textNode = block?.firstChild;
    if (!block || !textNode) throw new Error(`no text at ${pos}`);
    return [textNode instanceof Text ? textNode : block, pos - (starts[lo] ?? 0) - 1];
  };
  const rangeOf = (span: HighlightSpan): AbstractRange => {
    const [startContainer, startOffset] = point(span.from);
    const [endContainer, endOffset] = point(span.to);
    if (kind === 'css-static') return new StaticRange({ startContainer, startOffset, endContainer, endOffset });
    const range = new Range();
    range.setStart(startContainer, startOffset);
    range.setEnd(endContainer, endOffset);
    return range;
  };
  const nameOf = (span: HighlightSpan) => labelHighlightName(span.label, span.muted);
  return {
    setAll(spans) {
      const groups = new Map<string, AbstractRange[]>();
      for (const span of spans) {
        const range = rangeOf(span);
        ranges.set(span.key, range);
        const group = groups.get(nameOf(span)) ?? [];
        group.push(range);
        groups.set(nameOf(span), group);
      }
      for (const [name, group] of groups) CSS.highlights.set(name, new Highlight(...group));
    },
    add(span) {
      const range = rangeOf(span);
      ranges.set(span.key, range);
      const highlight = CSS.highlights.get(nameOf(span)) ?? new Highlight();
      highlight.add(range);
      CSS.highlights.set(nameOf(span), highlight);
    },
    remove(span) {
      const range = ranges.get(span.key);
      if (range) CSS.highlights.get(nameOf(span))?.delete(range);
      ranges.delete(span.key);
    },
    destroy() {
      CSS.highlights.clear();
      view.destroy();
    },
    view,
  };
}

/** For reference: what the issue measured first, one inline decoration per span. */
function decorationHarness(): Harness {
  type Change = { set: readonly HighlightSpan[] } | { add: HighlightSpan } | { remove: HighlightSpan };
  const key = new PluginKey<DecorationSet>('bench-decorations');
  const decoration = (span: HighlightSpan) =>
    Decoration.inline(span.from, span.to, { class: `bench-${span.label}${span.muted ? ' bench-muted' : ''}` }, { key: span.key });
  const plugin = new Plugin<DecorationSet>({
    key,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        const change = tr.getMeta(key) as Change | undefined;
        const mapped = set.map(tr.mapping, tr.doc);
        if (!change) return mapped;
        if ('set' in change) return DecorationSet.create(tr.doc, change.set.map(decoration));
        if ('add' in change) return mapped.add(tr.doc, [decoration(change.add)]);
        const { from, to, key: spanKey } = change.remove;
        return mapped.remove(mapped.find(from, to, (spec: { key?: string }) => spec.key === spanKey));
      },
    },
    props: { decorations: (state) => key.getState(state) },
  });
  const view = mount([plugin]);
  const run = (change: Change) => view.dispatch(view.state.tr.setMeta(key, change));
  return {
    setAll: (spans) => run({ set: spans }),
    add: (span) => run({ add: span }),
    remove: (span) => run({ remove: span }),
    view,
    destroy: () => view.destroy(),
  };
}

function harness(method: Method): Harness {
  if (method === 'layer') return layerHarness();
  if (method === 'decorations') return decorationHarness();
  return cssHarness(method);
}

/** Resolves after the next frame has been produced (rAF, then a task queued behind it), with when its work began. */
function frameTimes(): Promise<{ start: number; end: number }> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const start = performance.now();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve({ start, end: performance.now() });
      channel.port2.postMessage(null);
    }),
  );
}

async function nextFrame(): Promise<number> {
  return (await frameTimes()).end;
}

async function settle(): Promise<void> {
  await document.fonts.ready;
  await nextFrame();
  await nextFrame();
}

async function measure(change: () => void, frames = 1): Promise<Sample> {
  const start = performance.now();
  change();
  const script = performance.now() - start;
  let end = start;
  let work = 0;
  for (let i = 0; i < frames; i++) {
    const frame = await frameTimes();
    end = frame.end;
    work += frame.end - frame.start;
  }
  return { script, painted: end - start, frames: work };
}

const status = document.getElementById('status');
let shown: Harness | null = null;

const bench: HighlightBench = {
  info: () => ({ characters: text.length, paragraphs: map.lines.length }),
  async open(times, layer = true) {
    const samples: OpenSample[] = [];
    for (let i = 0; i < times; i++) {
      await settle();
      const start = performance.now();
      const positions = DocumentPositions.fromText(text);
      const built = performance.now();
      const opened = createReaderDocument(positions);
      const made = performance.now();
      const view = new EditorView(mountPoint, {
        state: EditorState.create({ doc: opened, plugins: layer ? [readOnly(), highlightLayer()] : [readOnly()] }),
        attributes: { class: 'reader-text', spellcheck: 'false' },
      });
      const viewed = performance.now();
      const end = await nextFrame();
      samples.push({ positions: built - start, document: made - built, view: viewed - made, painted: end - start });
      view.destroy();
    }
    return samples;
  },
  async retag(present, times) {
    const spans = benchSpans(lengths, starts, present);
    const h = layerHarness();
    h.setAll(spans);
    await settle();
    const next = seededRandom(11);
    const set: Sample[] = [];
    const lookup: Sample[] = [];
    for (let i = 0; i < times; i++) {
      const at = Math.floor(next() * spans.length);
      const old = spans[at];
      if (!old) continue;
      spans[at] = { ...old, label: old.label === 'claim' ? 'disputed' : 'claim' };
      const list = [...spans];
      set.push(await measure(() => h.setAll(list)));
      lookup.push(await measure(() => highlightsAt(h.view.state, old.from + 1)));
    }
    h.destroy();
    return { set, lookup };
  },
  async paint(method, count) {
    const spans = benchSpans(lengths, starts, count);
    const h = harness(method);
    await settle();
    const sample = await measure(() => h.setAll(spans));
    await settle();
    h.destroy();
    return sample;
  },
  async single(method, present, times) {
    const spans = benchSpans(lengths, starts, present);
    const extra = benchSpans(lengths, starts, times, 99);
    const h = harness(method);
    h.setAll(spans);
    await settle();
    const idle: Sample[] = [];
    const add: Sample[] = [];
    const remove: Sample[] = [];
    const unrelated: Sample[] = [];
    for (const [i, span] of extra.entries()) {
      idle.push(await measure(() => undefined));
      add.push(await measure(() => h.add(span)));
      await nextFrame();
      remove.push(await measure(() => h.remove(span)));
      await nextFrame();
      unrelated.push(await measure(() => status?.replaceChildren(`selection ${i}`)));
      await nextFrame();
    }
    h.destroy();
    return { idle, add, remove, unrelated };
  },
  async scroll(method, present, times) {
    const h = harness(method);
    h.setAll(benchSpans(lengths, starts, present));
    await settle();
    const next = seededRandom(5);
    const step: Sample[] = [];
    const jump: Sample[] = [];
    // Two frames: a layer that paints on scroll may do so in the frame after the scroll event.
    for (let i = 0; i < times; i++) {
      step.push(await measure(() => window.scrollBy(0, window.innerHeight), 2));
      const target = next() * (document.documentElement.scrollHeight - window.innerHeight);
      jump.push(await measure(() => window.scrollTo(0, target), 2));
    }
    window.scrollTo(0, 0);
    h.destroy();
    return { step, jump };
  },
  async show(method, count, fraction) {
    shown?.destroy();
    shown = harness(method);
    shown.setAll(benchSpans(lengths, starts, count));
    window.scrollTo(0, fraction * (document.documentElement.scrollHeight - window.innerHeight));
    await settle();
    await settle();
  },
};

window.veritagBench = bench;
