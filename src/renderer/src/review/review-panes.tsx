// The review screen's reading area: one article twice, set A's highlights beside set B's, scrolled
// together so that both show the same passage. The panes are read-only, their keys left to the screen.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { DocumentPositions } from '../reader/document-positions';
import type { HighlightSpan } from '../reader/highlight-span';
import { ReaderView } from '../reader/reader-view';
import type { TextSelection } from '../../../shared/selection-summary';
import type { Side } from './review-model';
import { scrollBothTo, useScrollSync, type ScrollPane } from './scroll-sync';
import { shownName } from '../../../shared/visible-text';

/** What one pane shows. */
export interface PaneContent {
  /** The pane's heading, e.g. "A · My annotations (yours)". */
  label: string;
  spans: readonly HighlightSpan[];
  selectedKey: string | null;
}

export interface ReviewPanesProps {
  article: { id: string; title: string; text: string };
  /** The article text's document positions (built once by the caller). */
  map: DocumentPositions;
  left: PaneContent;
  right: PaneContent;
  /** A new nonce scrolls both panes so that the code-point offset is a third of the way down. */
  focusOffset: { offset: number; nonce: number } | null;
  /** A highlight (or, with null, plain text) was clicked in one pane. */
  onActivate: (side: Side, key: string | null) => void;
  /** Text selected in either pane (the reviewer's own boundaries for an edit), or null. */
  onSelectionChange?: (selection: TextSelection | null) => void;
}

export function ReviewPanes({ article, map, left, right, focusOffset, onActivate, onSelectionChange = ignore }: ReviewPanesProps) {
  const a = usePaneParts(map);
  const b = usePaneParts(map);
  useScrollSync(a.pane, b.pane);

  // Each request is served once, as soon as both panes exist.
  const served = useRef<number | null>(null);
  useEffect(() => {
    if (!focusOffset || focusOffset.nonce === served.current || !a.pane || !b.pane) return;
    served.current = focusOffset.nonce;
    scrollBothTo(a.pane, b.pane, focusOffset.offset);
  }, [focusOffset, a.pane, b.pane]);

  const pane = (side: Side, content: PaneContent, parts: PaneParts) => (
    <div className="review-pane" role="region" aria-label={`Set ${side}: ${withoutSide(side, content.label)}`}>
      <h2 className="review-pane-label" title={content.label}>
        {content.label}
      </h2>
      <div ref={parts.setScroller} className="review-pane-scroller">
        <div className="review-pane-paper">
          <ReaderView
            map={map}
            label={`Text of “${shownName(article.title)}”, set ${side}`}
            spans={content.spans}
            selectedKey={content.selectedKey}
            flash={null}
            taggable={false}
            onSelectionChange={onSelectionChange}
            onActivate={(key) => onActivate(side, key)}
            onTag={ignore}
            onKeyDown={passOn}
            onView={(view) => parts.setView(view && { view, map })}
          />
        </div>
      </div>
    </div>
  );

  // Keyed by article: another article opens at its top, in fresh scrollers.
  return (
    <div className="review-panes" key={article.id}>
      {pane('A', left, a)}
      {pane('B', right, b)}
    </div>
  );
}

interface PaneParts {
  /** Both parts of the pane, once they exist for the current text; else null. */
  pane: ScrollPane | null;
  setScroller: (scroller: HTMLElement | null) => void;
  setView: (entry: { view: EditorView; map: DocumentPositions } | null) => void;
}

/** Gathers a pane's scroller and its reader's view; a view made for an earlier text is not used. */
function usePaneParts(map: DocumentPositions): PaneParts {
  const [scroller, setScroller] = useState<HTMLElement | null>(null);
  const [entry, setView] = useState<{ view: EditorView; map: DocumentPositions } | null>(null);
  const pane = useMemo(
    () => (scroller && entry && entry.map === map ? { scroller, view: entry.view, map } : null),
    [scroller, entry, map],
  );
  return { pane, setScroller, setView };
}

/** The label as read after "Set A: ", without a leading "A · " that would say the side twice. */
function withoutSide(side: Side, label: string): string {
  return label.startsWith(`${side} · `) ? label.slice(side.length + 3) : label;
}

const ignore = (): void => {};

/**
 * Review panes handle no keys: on false, ProseMirror lets the keydown bubble to the screen's window
 * listeners with its default intact, and the read-only plugin drops any text it would type.
 */
const passOn = (): boolean => false;
