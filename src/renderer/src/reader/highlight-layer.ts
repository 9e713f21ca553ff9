// The reader's labelled spans as ProseMirror plugin state, changed only through the meta helpers
// below and painted apart from the document (highlight-painter.ts), so 20,000 spans never touch PM's DOM;
// Tab / Shift+Tab walk them as Commands over the layer's one interval index.
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { compareOrdinal } from '../../../shared/ordinal';
import { entryOf, indexOf, indexReady, noteChange } from './highlight-index';
import { overlaps } from '../../../shared/span-index';
import { HighlightPainter } from './highlight-painter';
import { NO_SPANS, withChanges } from './highlight-spans';
import { customHighlightsSupported } from './highlight-registry';
import type { HighlightDelta, HighlightSpan, HighlightSpans, HighlightState } from './highlight-span';

type HighlightAction =
  | { type: 'set'; spans: readonly HighlightSpan[] }
  | { type: 'add'; span: HighlightSpan }
  | { type: 'remove'; key: string }
  | { type: 'select'; key: string | null }
  | { type: 'flash'; key: string };

const highlightKey = new PluginKey<HighlightState>('veritag-highlights');

const EMPTY: HighlightState = { spans: NO_SPANS, selected: null, flash: null, delta: null };

export function highlightLayer(): Plugin<HighlightState> {
  const paints = customHighlightsSupported();
  return new Plugin<HighlightState>({
    key: highlightKey,
    state: { init: () => EMPTY, apply: applyTransaction },
    view: paints ? (view) => new HighlightPainter(view, { stateOf, between, prepare: indexOf }) : undefined,
  });
}

/**
 * Replaces every highlight. Spans equal to the ones present keep their state and ranges, and a
 * span object passed in the last list is taken as unchanged: pass the whole list after each edit,
 * each changed span as a new object (never change one passed before), and a change of one span
 * costs one identity comparison per span plus the work of that span, at any count.
 */
export function setHighlights(tr: Transaction, spans: Iterable<HighlightSpan>): Transaction {
  return pushAction(tr, { type: 'set', spans: Array.from(spans) });
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
    .sort((a, b) => a.to - a.from - (b.to - b.from) || a.from - b.from || compareOrdinal(a.key, b.key));
}

/**
 * Selects the highlight after the selected one in text order (from the caret when none is
 * selected; after the last comes the first), flashes it and puts the caret at its start.
 */
export const selectNextHighlight: Command = (state, dispatch) => stepHighlight(state, 1, dispatch);

/** Selects the highlight before the selected one (or the caret), as selectNextHighlight does. */
export const selectPreviousHighlight: Command = (state, dispatch) => stepHighlight(state, -1, dispatch);

function stepHighlight(state: EditorState, direction: 1 | -1, dispatch?: (tr: Transaction) => void): boolean {
  const { spans, selected } = stateOf(state);
  if (spans.size === 0) return false;
  const index = indexOf(spans);
  const { items } = index;
  const chosen = selected === null ? undefined : spans.get(selected);
  const current = chosen && entryOf(chosen);
  const caret = state.selection.from;
  const target = current
    ? items[(index.indexOf(current) + direction + items.length) % items.length]
    : direction === 1
      ? (index.next(caret) ?? items[0])
      : (index.previous(caret) ?? items[items.length - 1]);
  if (!target) return false;
  if (dispatch) {
    const { key, from } = target.span;
    const tr = state.tr.setSelection(TextSelection.create(state.doc, from));
    dispatch(flashHighlight(selectHighlight(tr, key), key).scrollIntoView());
  }
  return true;
}

function stateOf(state: EditorState): HighlightState {
  return highlightKey.getState(state) ?? EMPTY;
}

/**
 * The spans sharing a position with [from, to): from the index when it is there (or a few changes
 * away), else by one pass over the spans, so the first paint of 20,000 does not wait for their sort.
 */
function between(spans: HighlightSpans, from: number, to: number): Readonly<HighlightSpan>[] {
  if (!indexReady(spans)) return [...spans.values()].filter((span) => overlaps({ start: span.from, end: span.to }, { start: from, end: to }));
  return indexOf(spans).overlapping(from, to).map((entry) => entry.span);
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
  return Object.isFrozen(span) ? span : Object.freeze({ ...span });
}

function applyTransaction(tr: Transaction, value: HighlightState): HighlightState {
  const actions = tr.getMeta(highlightKey) as readonly HighlightAction[] | undefined;
  if (!tr.docChanged && !actions) return value;
  const draft = new Draft(value, tr);
  if (tr.docChanged) draft.remap(tr);
  for (const action of actions ?? []) draft.apply(action);
  return draft.finish();
}

/** The list each spans collection was last set from, to find what the next list changed. */
const sources = new WeakMap<HighlightSpans, readonly HighlightSpan[]>();

/** Past this many spans changed between two lists, comparing every span is as quick. */
const DIFF_LIMIT = 512;
/** Past this many spans changed by one list, the painter and the index start over rather than follow each. */
const MANY_CHANGED = 1024;

/** Changes to a state, as a few changes over its spans or, after a remap or a set of many, all new ones. */
class Draft {
  /** Every span anew (remapped, or set from a list unlike the last); null while built on the base's. */
  private whole: Map<string, Readonly<HighlightSpan>> | null = null;
  /** Changes over `whole`, or over the base's spans: a span, or null for one removed. */
  private readonly changes = new Map<string, Readonly<HighlightSpan> | null>();
  /** Keys changed so far; null once everything may have changed. */
  private changed: Set<string> | null = new Set();
  /** The list the spans are now exactly, when the last change was a set. */
  private source: readonly HighlightSpan[] | undefined;
  private selected: string | null;
  private flash: HighlightState['flash'];

  constructor(
    private readonly base: HighlightState,
    private readonly tr: Transaction,
  ) {
    this.selected = base.selected;
    this.flash = base.flash;
    this.source = sources.get(base.spans);
  }

  remap(tr: Transaction): void {
    const spans = new Map<string, Readonly<HighlightSpan>>();
    for (const span of this.base.spans.values()) {
      const from = tr.mapping.map(span.from, 1);
      const to = tr.mapping.map(span.to, -1);
      if (from === span.from && to === span.to) spans.set(span.key, span);
      else if (from < to) spans.set(span.key, Object.freeze({ ...span, from, to }));
    }
    this.whole = spans;
    this.changed = null;
    this.source = undefined;
  }

  apply(action: HighlightAction): void {
    switch (action.type) {
      case 'set':
        this.replaceAll(action.spans);
        break;
      case 'add':
        this.put(action.span.key, action.span);
        this.source = undefined;
        break;
      case 'remove':
        if (this.get(action.key)) this.put(action.key, null);
        this.source = undefined;
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
    const spans = this.spans();
    if (this.source) sources.set(spans, this.source);
    const selected = this.selected !== null && spans.has(this.selected) ? this.selected : null;
    if (spans === this.base.spans && selected === this.base.selected && this.flash === this.base.flash) {
      return this.base;
    }
    const delta = spans === this.base.spans ? this.base.delta : this.deltaFor();
    if (delta && delta.base !== spans) noteChange(spans, delta.base, delta.keys);
    return { spans, selected, flash: this.flash, delta };
  }

  private spans(): HighlightSpans {
    if (!this.whole) return withChanges(this.base.spans, this.changes);
    for (const [key, span] of this.changes) {
      if (span) this.whole.set(key, span);
      else this.whole.delete(key);
    }
    this.changes.clear();
    return this.whole;
  }

  /**
   * Takes a new list. Against the list the spans came from, the spans that are the same objects at
   * its start and end are unchanged: only the stretch between is compared (the one tagged, say).
   */
  private replaceAll(list: readonly HighlightSpan[]): void {
    const last = this.source;
    this.source = list;
    let head = 0;
    let tail = 0;
    if (last) {
      const shorter = Math.min(last.length, list.length);
      while (head < shorter && list[head] === last[head]) head++;
      while (tail < shorter - head && list[list.length - 1 - tail] === last[last.length - 1 - tail]) tail++;
    }
    const gone = last?.slice(head, last.length - tail) ?? [];
    const come = list.slice(head, list.length - tail);
    if (!last || gone.length + come.length > DIFF_LIMIT) {
      this.replaceEvery(list);
      return;
    }
    const kept = new Set<string>();
    for (const span of come) {
      const made = checked(this.tr, span);
      kept.add(made.key);
      const old = this.get(made.key);
      if (!old || !sameSpan(old, made)) this.put(made.key, made);
    }
    for (const span of gone) if (!kept.has(span.key) && this.get(span.key)) this.put(span.key, null);
  }

  /** Takes a new list by comparing every span with the one present under its key. */
  private replaceEvery(list: readonly HighlightSpan[]): void {
    const before = this.spans();
    const spans = new Map<string, Readonly<HighlightSpan>>();
    let kept = 0;
    for (const span of list) {
      const made = checked(this.tr, span);
      const old = before.get(made.key);
      const same = old !== undefined && sameSpan(old, made);
      spans.set(made.key, same ? old : made);
      if (same) kept++;
    }
    if (spans.size - kept > MANY_CHANGED) {
      this.changed = null;
    } else {
      const changed = [...spans].filter(([key, span]) => before.get(key) !== span).map(([key]) => key);
      for (const key of before.keys()) if (!spans.has(key)) changed.push(key);
      if (changed.length === 0) return;
      for (const key of changed) this.changed?.add(key);
    }
    this.whole = spans;
    this.changes.clear();
  }

  private get(key: string): Readonly<HighlightSpan> | undefined {
    const change = this.changes.get(key);
    if (change !== undefined) return change ?? undefined;
    return (this.whole ?? this.base.spans).get(key);
  }

  private put(key: string, span: Readonly<HighlightSpan> | null): void {
    this.changes.set(key, span);
    this.changed?.add(key);
  }

  private deltaFor(): HighlightDelta | null {
    return this.changed ? { base: this.base.spans, keys: this.changed } : null;
  }
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

