// The reader's labelled spans as ProseMirror plugin state, changed only through the meta helpers
// below and painted apart from the document (highlight-painter.ts), so 20,000 spans never touch PM's DOM;
// Tab / Shift+Tab walk them as Commands over the layer's one interval index.
import { Plugin, PluginKey, TextSelection, type Command, type EditorState, type Transaction } from 'prosemirror-state';
import { compareOrdinal } from '../../../shared/ordinal';
import { entryOf, indexOf, noteChange } from './highlight-index';
import { HighlightPainter } from './highlight-painter';
import { customHighlightsSupported } from './highlight-registry';
import type { HighlightDelta, HighlightSpan, HighlightState } from './highlight-span';

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
 * passing the whole list after each edit costs one comparison per span and repaints only the changes;
 * a span object passed before is not copied again.
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

function between(spans: HighlightState['spans'], from: number, to: number): Readonly<HighlightSpan>[] {
  return spans.size === 0 ? [] : indexOf(spans).overlapping(from, to).map((entry) => entry.span);
}

function pushAction(tr: Transaction, action: HighlightAction): Transaction {
  const actions = (tr.getMeta(highlightKey) as readonly HighlightAction[] | undefined) ?? [];
  return tr.setMeta(highlightKey, [...actions, action]);
}

/** The frozen copy made of each span object passed in, reused while the object still agrees with it. */
const copies = new WeakMap<HighlightSpan, Readonly<HighlightSpan>>();

function checked(tr: Transaction, span: HighlightSpan): Readonly<HighlightSpan> {
  const { from, to } = span;
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to <= from || to > tr.doc.content.size) {
    throw new RangeError(`Highlight ${span.key} has an invalid range ${from}–${to}`);
  }
  if (Object.isFrozen(span)) return span;
  const copy = copies.get(span);
  if (copy?.key === span.key && sameSpan(copy, span)) return copy;
  const made = Object.freeze({ ...span });
  copies.set(span, made);
  return made;
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
    if (delta && delta.base !== spans) noteChange(spans, delta.base, delta.keys);
    return { spans, selected, flash: this.flash, delta };
  }

  /** Keeps the objects of unchanged spans, so a set that changes one span repaints one. */
  private replaceAll(list: readonly Readonly<HighlightSpan>[]): void {
    const before = this.current();
    const spans = new Map<string, Readonly<HighlightSpan>>();
    const changed = new Set<string>();
    let keptKeys = 0;
    for (const span of list) {
      const old = before.get(span.key);
      const kept = old !== undefined && (old === span || sameSpan(old, span)) ? old : span;
      if (old !== undefined && !spans.has(span.key)) keptKeys++;
      spans.set(span.key, kept);
      if (kept !== old) changed.add(span.key);
    }
    if (keptKeys < before.size) for (const key of before.keys()) if (!spans.has(key)) changed.add(key);
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

function sameSpan(a: Readonly<HighlightSpan>, b: Readonly<HighlightSpan>): boolean {
  return (
    a.from === b.from &&
    a.to === b.to &&
    a.label === b.label &&
    Boolean(a.muted) === Boolean(b.muted) &&
    Boolean(a.flagged) === Boolean(b.flagged)
  );
}

