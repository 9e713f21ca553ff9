// The reader's labelled spans as ProseMirror plugin state, changed only through the meta helpers
// below and painted apart from the document (highlight-painter.ts), so 20,000 spans never touch PM's DOM.
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { SpanIndex } from '../../../shared/annotation-order';
import type { LabelId } from '../../../shared/labels';
import { HighlightPainter } from './highlight-painter';
import { customHighlightsSupported } from './highlight-registry';

/** A labelled span at its resolved anchor (ProseMirror positions, from < to). */
export interface HighlightSpan {
  key: string;
  label: LabelId;
  from: number;
  to: number;
  /** Shown subdued, e.g. a colleague's read-only set. */
  muted?: boolean;
  /** Its stored quote no longer matches the text. */
  flagged?: boolean;
}

/** What one state changed since the spans map `base`: the keys added, replaced or removed. */
export interface HighlightDelta {
  readonly base: ReadonlyMap<string, HighlightSpan>;
  readonly keys: ReadonlySet<string>;
}

export interface HighlightState {
  readonly spans: ReadonlyMap<string, Readonly<HighlightSpan>>;
  readonly selected: string | null;
  /** The last flash asked for; `serial` grows with each, so flashing one span twice flashes twice. */
  readonly flash: { readonly key: string; readonly serial: number } | null;
  /** Lets painters update only what changed; null when anything may have (set, remapping). */
  readonly delta: HighlightDelta | null;
}

type HighlightAction =
  | { type: 'set'; spans: readonly HighlightSpan[] }
  | { type: 'add'; span: HighlightSpan }
  | { type: 'remove'; key: string }
  | { type: 'select'; key: string | null }
  | { type: 'flash'; key: string };

const highlightKey = new PluginKey<HighlightState>('veritag-highlights');

const EMPTY: HighlightState = { spans: new Map(), selected: null, flash: null, delta: null };

export function highlightLayer(): Plugin<HighlightState> {
  const paints = customHighlightsSupported();
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: { init: () => EMPTY, apply: applyTransaction },
    view: paints ? (view) => new HighlightPainter(view, { stateOf, between }) : undefined,
  });
}

/**
 * Replaces every highlight. Spans equal to the ones present keep their state and ranges, so
 * passing the whole list after each edit costs one comparison per span and repaints only the changes.
 */
export function setHighlights(tr: Transaction, spans: Iterable<HighlightSpan>): Transaction {
  const list = Array.from(spans, (span) => checked(tr, span));
  return pushAction(tr, { type: 'set', spans: list });
}

/** Adds a highlight, or replaces the one with the same key. */
export function addHighlight(tr: Transaction, span: HighlightSpan): Transaction {
  return pushAction(tr, { type: 'add', span: checked(tr, span) });
}

export function removeHighlight(tr: Transaction, key: string): Transaction {
  return pushAction(tr, { type: 'remove', key });
}

/** Marks one highlight as the selected one (null: none). */
export function selectHighlight(tr: Transaction, key: string | null): Transaction {
  return pushAction(tr, { type: 'select', key });
}

/** Briefly flashes a highlight, e.g. when the sidebar scrolls the reader to it. */
export function flashHighlight(tr: Transaction, key: string): Transaction {
  return pushAction(tr, { type: 'flash', key });
}

/** The layer's state, or undefined when the editor has no highlight layer. */
export function getHighlights(state: EditorState): HighlightState | undefined {
  return highlightKey.getState(state);
}

/** The highlights holding `pos` (from ≤ pos ≤ to), shortest first, then by start and key. */
export function highlightsAt(state: EditorState, pos: number): HighlightSpan[] {
  const spans = getHighlights(state)?.spans;
  if (!spans || spans.size === 0) return [];
  return indexOf(spans)
    .overlapping(pos - 1, pos + 1)
    .map((entry) => entry.span)
    .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from || compareKeys(a.key, b.key));
}

function stateOf(state: EditorState): HighlightState {
  return highlightKey.getState(state) ?? EMPTY;
}

function between(spans: HighlightState['spans'], from: number, to: number): Readonly<HighlightSpan>[] {
  return spans.size === 0 ? [] : indexOf(spans).overlapping(from, to).map((entry) => entry.span);
}

function pushAction(tr: Transaction, action: HighlightAction): Transaction {
  const actions = (tr.getMeta(highlightKey) as readonly HighlightAction[] | undefined) ?? [];
  return tr.setMeta(highlightKey, [...actions, action]);
}

function checked(tr: Transaction, span: HighlightSpan): Readonly<HighlightSpan> {
  const { from, to } = span;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > tr.doc.content.size) {
    throw new RangeError(`Highlight ${span.key} has an invalid range ${from}–${to}`);
  }
  return Object.freeze({ ...span });
}

function applyTransaction(tr: Transaction, value: HighlightState): HighlightState {
  const actions = tr.getMeta(highlightKey) as readonly HighlightAction[] | undefined;
  if (!tr.docChanged && !actions) return value;
  const draft = new Draft(value);
  if (tr.docChanged) draft.remap(tr);
  for (const action of actions ?? []) draft.apply(action);
  return draft.finish();
}

/** Copy-on-write changes to a state: at most one copy of the spans map per transaction. */
class Draft {
  private spans: Map<string, Readonly<HighlightSpan>> | null = null;
  /** Keys changed so far; null once everything may have changed. */
  private changed: Set<string> | null = new Set();
  private selected: string | null;
  private flash: HighlightState['flash'];

  constructor(private readonly base: HighlightState) {
    this.selected = base.selected;
    this.flash = base.flash;
  }

  remap(tr: Transaction): void {
    const spans = new Map<string, Readonly<HighlightSpan>>();
    for (const [key, span] of this.current()) {
      const from = tr.mapping.map(span.from, 1);
      const to = tr.mapping.map(span.to, -1);
      if (from === span.from && to === span.to) spans.set(key, span);
      else if (from < to) spans.set(key, Object.freeze({ ...span, from, to }));
    }
    this.spans = spans;
    this.changed = null;
  }

  apply(action: HighlightAction): void {
    switch (action.type) {
      case 'set':
        this.replaceAll(action.spans);
        break;
      case 'add':
        this.writable().set(action.span.key, action.span);
        this.changed?.add(action.span.key);
        break;
      case 'remove':
        if (!this.current().has(action.key)) break;
        this.writable().delete(action.key);
        this.changed?.add(action.key);
        break;
      case 'select':
        this.selected = action.key;
        break;
      case 'flash':
        this.flash = { key: action.key, serial: (this.flash?.serial ?? 0) + 1 };
        break;
    }
  }

  finish(): HighlightState {
    const spans = this.spans ?? this.base.spans;
    const selected = this.selected !== null && spans.has(this.selected) ? this.selected : null;
    if (spans === this.base.spans && selected === this.base.selected && this.flash === this.base.flash) {
      return this.base;
    }
    const delta = spans === this.base.spans ? this.base.delta : this.deltaFor();
    return { spans, selected, flash: this.flash, delta };
  }

  /** Keeps the objects of unchanged spans, so a set that changes one span repaints one. */
  private replaceAll(list: readonly Readonly<HighlightSpan>[]): void {
    const before = this.current();
    const spans = new Map<string, Readonly<HighlightSpan>>();
    const changed = new Set<string>();
    for (const span of list) {
      const old = before.get(span.key);
      const kept = old !== undefined && sameSpan(old, span) ? old : span;
      spans.set(span.key, kept);
      if (kept !== old) changed.add(span.key);
    }
    for (const key of before.keys()) if (!spans.has(key)) changed.add(key);
    if (changed.size === 0) return;
    this.spans = spans;
    for (const key of changed) this.changed?.add(key);
  }

  private deltaFor(): HighlightDelta | null {
    return this.changed ? { base: this.base.spans, keys: this.changed } : null;
  }

  private current(): ReadonlyMap<string, Readonly<HighlightSpan>> {
    return this.spans ?? this.base.spans;
  }

  private writable(): Map<string, Readonly<HighlightSpan>> {
    this.spans ??= new Map(this.base.spans);
    return this.spans;
  }
}

interface IndexEntry {
  start: number;
  end: number;
  span: Readonly<HighlightSpan>;
}

/** Built on the first lookup after a change, then kept as long as that spans map lives. */
const indexes = new WeakMap<ReadonlyMap<string, HighlightSpan>, SpanIndex<IndexEntry>>();

function indexOf(spans: ReadonlyMap<string, Readonly<HighlightSpan>>): SpanIndex<IndexEntry> {
  let index = indexes.get(spans);
  if (!index) {
    index = SpanIndex.from(Array.from(spans.values(), (span) => ({ start: span.from, end: span.to, span })));
    indexes.set(spans, index);
  }
  return index;
}

function sameSpan(a: Readonly<HighlightSpan>, b: Readonly<HighlightSpan>): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.label === b.label &&
    Boolean(a.muted) === Boolean(b.muted) &&
    Boolean(a.flagged) === Boolean(b.flagged)
  );
}

function compareKeys(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
