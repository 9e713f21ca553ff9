// The article reader: a ProseMirror view over an immutable document, fully selectable with
// mouse and keyboard, painting annotation highlights, reporting its selection in code points,
// and offering the tag toolbar beside a selection.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { EditorState, TextSelection as PMTextSelection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import type { LabelId } from '../../../shared/labels';
import type { TextSelection } from '../../../shared/selection-summary';
import { toTextSelection } from './anchor';
import type { DocumentPositions } from './document-positions';
import { flashHighlight, getHighlights, highlightLayer, highlightsAt, selectHighlight, setHighlights } from './highlight-layer';
import type { HighlightSpan } from './highlight-span';
import { createReaderDocument } from './reader-document';
import { readOnly } from './read-only-plugin';
import { TagToolbar } from './tag-toolbar';

export interface ReaderSelection extends TextSelection {
  /** Alt was held when the selection was made: tag it exactly as it is. */
  keepExact: boolean;
}

export interface ReaderFlash {
  key: string | null;
  from: number;
  nonce: number;
}

export interface ReaderViewProps {
  map: DocumentPositions;
  label: string;
  spans: readonly HighlightSpan[];
  selectedKey: string | null;
  /**
   * A new nonce scrolls position `from` to the middle of the reading area, puts the caret there, and
   * flashes the span `key` (once it is among the spans, when it is not yet).
   */
  flash: ReaderFlash | null;
  /** Whether the tag toolbar is offered (false for read-only panes). */
  taggable: boolean;
  onSelectionChange: (selection: ReaderSelection | null) => void;
  /**
   * A highlight was clicked (the innermost first; clicking again cycles through the stack), or a
   * command on the view (selectNextHighlight…) selected one.
   */
  onActivate: (key: string | null) => void;
  onTag: (label: LabelId, selection: ReaderSelection) => void;
  /**
   * Keys the reader does not handle itself; return true when handled (ProseMirror then prevents the
   * default). On false the keydown bubbles on (ProseMirror never stops propagation) with its default
   * intact, except Enter, Escape and some Backspace, Delete, arrow and Mod-B/I/Y/Z presses, which
   * ProseMirror prevents. Typed text is dropped by the read-only plugin. `collapse` drops the selection.
   */
  onKeyDown: (event: KeyboardEvent, selection: ReaderSelection | null, collapse: () => void) => boolean;
  /** The ProseMirror view once created, and null once destroyed (e.g. to synchronise scrolling). */
  onView?: (view: EditorView | null) => void;
}

/** Scrolls the nearest scrolling ancestor so that position `pos` sits mid-height. */
function scrollToCenter(view: EditorView, pos: number): void {
  let scroller = view.dom.parentElement;
  while (scroller && !/(auto|scroll)/.test(getComputedStyle(scroller).overflowY)) scroller = scroller.parentElement;
  if (!scroller) return;
  const frame = scroller.getBoundingClientRect();
  const at = view.coordsAtPos(pos);
  scroller.scrollTop += at.top - frame.top - frame.height / 2;
}

/** Dispatches a transaction that brings the view in line with its props (not reported back as the user's). */
function syncView(view: EditorView, tr: Transaction, syncing: { current: boolean }): void {
  syncing.current = true;
  try {
    view.dispatch(tr);
  } finally {
    syncing.current = false;
  }
}

/** Collapses the selection to its end (after tagging, so the toolbar goes away). */
function collapseSelection(view: EditorView): void {
  const { to } = view.state.selection;
  view.dispatch(view.state.tr.setSelection(PMTextSelection.create(view.state.doc, to)));
}

export function ReaderView(props: ReaderViewProps) {
  const { map, label, spans, selectedKey, flash, taggable } = props;
  const host = useRef<HTMLDivElement>(null);
  const viewRef = useRef<EditorView | null>(null);
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const selectionRef = useRef<ReaderSelection | null>(null);
  const altRef = useRef(false);
  /** Set while the view is brought in line with the props, whose changes are not reported back. */
  const syncing = useRef(false);
  /** A span to flash as soon as it is shown (after an undo restores it, say). */
  const pendingFlash = useRef<string | null>(null);
  const [toolbarAt, setToolbarAt] = useState<{ top: number; left: number } | null>(null);

  const attributes = useMemo(
    () => ({
      'aria-label': label,
      'aria-readonly': 'true',
      'aria-multiline': 'true',
      role: 'textbox',
      spellcheck: 'false',
      autocorrect: 'off',
      autocapitalize: 'off',
      class: 'reader-text',
    }),
    [label],
  );
  const attributesRef = useRef(attributes);
  useLayoutEffect(() => {
    attributesRef.current = attributes;
  });

  // A layout effect, like the highlights' below (declared after it, so the view exists for them).
  useLayoutEffect(() => {
    const mount = host.current;
    if (!mount) return;
    const placeToolbar = (view: EditorView) => {
      const { from, to, empty } = view.state.selection;
      if (empty || !latest.current.taggable) {
        setToolbarAt(null);
        return;
      }
      const frame = mount.getBoundingClientRect();
      const end = view.coordsAtPos(to, -1);
      const start = view.coordsAtPos(from, 1);
      const left = Math.max(0, Math.min(start.left, end.left) - frame.left);
      setToolbarAt({ top: end.bottom - frame.top + 8, left: Math.min(left, Math.max(0, frame.width - 420)) });
    };
    const view: EditorView = new EditorView(mount, {
      state: EditorState.create({ doc: createReaderDocument(map), plugins: [readOnly(), highlightLayer()] }),
      attributes: attributesRef.current,
      dispatchTransaction(tr) {
        const before = getHighlights(view.state);
        const state = view.state.apply(tr);
        view.updateState(state);
        const after = getHighlights(state);
        if (!syncing.current && after?.selected !== before?.selected) latest.current.onActivate(after?.selected ?? null);
        if (!syncing.current && after?.flash !== before?.flash) scrollToCenter(view, state.selection.from);
        if (tr.selectionSet) {
          const selected = toTextSelection(map, state.selection);
          selectionRef.current = selected ? { ...selected, keepExact: altRef.current } : null;
          latest.current.onSelectionChange(selectionRef.current);
          placeToolbar(view);
        }
      },
      handleKeyDown(keyed, event) {
        if (event.key.startsWith('Shift') || event.key.startsWith('Arrow')) altRef.current = event.altKey;
        return latest.current.onKeyDown(event, selectionRef.current, () => collapseSelection(keyed));
      },
      handleClick(clicked, pos) {
        if (!clicked.state.selection.empty) return false;
        const stack = highlightsAt(clicked.state, pos);
        if (stack.length === 0) {
          latest.current.onActivate(null);
          return false;
        }
        const current = stack.findIndex((s) => s.key === latest.current.selectedKey);
        latest.current.onActivate(stack[(current + 1) % stack.length]?.key ?? null);
        return false;
      },
      handleDOMEvents: {
        mouseup(_view, event) {
          altRef.current = event.altKey;
          return false;
        },
      },
    });
    viewRef.current = view;
    latest.current.onSelectionChange(null);
    latest.current.onView?.(view);
    return () => {
      viewRef.current = null;
      latest.current.onView?.(null);
      view.destroy();
    };
  }, [map]);

  useEffect(() => {
    viewRef.current?.setProps({ attributes });
  }, [attributes]);

  // Before the browser paints: a tag shows in the frame after the key press.
  useLayoutEffect(() => {
    const view = viewRef.current;
    if (!view) return;
    // The selection again too: the selected span may only now be among the spans.
    let tr = selectHighlight(setHighlights(view.state.tr, spans), latest.current.selectedKey);
    const waiting = pendingFlash.current;
    if (waiting !== null && spans.some((s) => s.key === waiting)) {
      pendingFlash.current = null;
      tr = flashHighlight(tr, waiting);
    }
    syncView(view, tr, syncing);
  }, [spans, map]);

  useEffect(() => {
    const view = viewRef.current;
    if (view) syncView(view, selectHighlight(view.state.tr, selectedKey), syncing);
  }, [selectedKey, map]);

  useEffect(() => {
    const view = viewRef.current;
    if (!view || !flash) return;
    scrollToCenter(view, flash.from);
    const tr = view.state.tr.setSelection(PMTextSelection.create(view.state.doc, flash.from));
    const { key } = flash;
    const shown = key !== null && getHighlights(view.state)?.spans.has(key) === true;
    pendingFlash.current = shown ? null : key;
    syncView(view, shown ? flashHighlight(tr, key) : tr, syncing);
    // Keyed by the flash request alone.
  }, [flash]);

  return (
    <div className="reader-frame">
      <div ref={host} className="reader-host" />
      {taggable && toolbarAt && (
        <TagToolbar
          top={toolbarAt.top}
          left={toolbarAt.left}
          onTag={(labelId, exact) => {
            const selection = selectionRef.current;
            const view = viewRef.current;
            if (selection) props.onTag(labelId, { ...selection, keepExact: selection.keepExact || exact });
            if (view) {
              view.focus();
              collapseSelection(view);
            }
          }}
        />
      )}
    </div>
  );
}
