// Reading and annotating one article: the reader with its highlights beside the sidebar of
// annotations, the keyboard (annotation-keys.ts), and the article's own undo history.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { EditorView } from 'prosemirror-view';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import type { LabelId } from '../../../shared/labels';
import { useDocumentAnnotations } from '../db/use-annotations';
import { annotationKey, positionAtOffset } from '../reader/anchor';
import { selectNextHighlight, selectPreviousHighlight } from '../reader/highlight-layer';
import { DocumentPositions } from '../reader/document-positions';
import { ReaderPane } from '../reader/reader-pane';
import type { ReaderFlash, ReaderSelection } from '../reader/reader-view';
import type { AnnotationActions } from './annotation-actions';
import { AnnotationPlacement } from './annotation-placement';
import { AnnotationEditor } from './annotation-editor';
import { annotationKeyOf, useAnnotationKeysOutside, type AnnotationKey } from './annotation-keys';
import { AnnotationSidebar } from './annotation-sidebar';
import { articleHistory, type UndoTarget } from './undo-history';
import { useUndoHistory } from './undo-store';
import { setDisplayName } from '../sets/set-names';

interface DocumentWorkbenchProps {
  article: Article;
  mySet: AnnotationSet;
  /** The sets shown (the user's own among them or not); only the own set is editable. */
  visibleSets: readonly AnnotationSet[];
  actions: AnnotationActions;
  onSelectionChange: (selection: ReaderSelection | null) => void;
  onError: (error: unknown) => void;
}

export function DocumentWorkbench({ article, mySet, visibleSets, actions, onSelectionChange, onError }: DocumentWorkbenchProps) {
  const setIds = useMemo(() => visibleSets.map((s) => s.id), [visibleSets]);
  const annotations = useDocumentAnnotations(setIds, article.id);
  const map = useMemo(() => DocumentPositions.fromText(article.text), [article.text]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [flash, setFlash] = useState<ReaderFlash | null>(null);
  const reader = useRef<EditorView | null>(null);
  const noteField = useRef<HTMLTextAreaElement>(null);
  // Bumped by every choice of annotation, so a tag that commits late does not steal the selection.
  const choice = useRef(0);
  const choose = useCallback((key: string | null) => {
    choice.current += 1;
    setSelectedKey(key);
  }, []);

  const placement = useMemo(() => new AnnotationPlacement(map, mySet.id), [map, mySet.id]);
  const { resolved, spans, unplaced } = useMemo(() => placement.place(annotations ?? []), [placement, annotations]);
  const selected = resolved.find((r) => r.key === selectedKey)?.annotation ?? null;
  /** The selected annotation when the user may change it (their own set). */
  const editable = selected?.setId === mySet.id ? selected : null;
  const setNames = useMemo(
    () => new Map(visibleSets.filter((s) => s.id !== mySet.id).map((s) => [s.id, setDisplayName(s)])),
    [visibleSets, mySet.id],
  );

  /** Selects an annotation, scrolls the reader to it and flashes it (once it is shown). */
  const reveal = useCallback(
    (key: string, from: number) => {
      choose(key);
      setFlash((previous) => ({ key, from, nonce: (previous?.nonce ?? 0) + 1 }));
    },
    [choose],
  );
  const show = (key: string) => {
    const span = spans.find((s) => s.key === key);
    if (span) reveal(key, span.from);
  };
  // What undo or redo changed in this article comes into view; a span they removed, its place.
  useUndoHistory(articleHistory(article.id), (target: UndoTarget) => reveal(target.key, positionAtOffset(map, target.start)));

  const tag = useCallback(
    (label: LabelId, selection: ReaderSelection) => {
      const { start, end, keepExact } = selection;
      const made = actions.tag({ setId: mySet.id, documentId: article.id, codePoints: map.codePoints, start, end, label, exact: keepExact });
      if (!made) return;
      // The highlight shows at once; the editor opens once the tag is stored, so a note typed
      // into it never overlaps the tag's own write (a keystroke was once lost when it did).
      const asked = ++choice.current;
      made.written.then(() => choice.current === asked && setSelectedKey(annotationKey(made.annotation)), onError);
    },
    [actions, mySet.id, article.id, map, onError],
  );

  const run = useCallback((work: Promise<unknown>) => void work.catch(onError), [onError]);
  const remove = useCallback(
    (annotation: Annotation) => {
      choose(null);
      run(actions.remove(annotation));
    },
    [actions, run, choose],
  );

  /** Carries out a key; false when it does nothing here (so it keeps its usual meaning). */
  const act = (key: AnnotationKey, selection: ReaderSelection | null, collapse: () => void, alt: boolean): boolean => {
    switch (key.kind) {
      case 'label':
        if (selection) {
          tag(key.label, { ...selection, keepExact: selection.keepExact || alt });
          collapse();
        } else if (editable) run(actions.relabel(editable, key.label));
        return true;
      case 'step': {
        const view = reader.current;
        const command = key.direction === 1 ? selectNextHighlight : selectPreviousHighlight;
        return view !== null && command(view.state, view.dispatch);
      }
      case 'delete':
        if (editable) remove(editable);
        return true;
      case 'clear':
        choose(null);
        collapse();
        return true;
      case 'note':
        noteField.current?.focus();
        return true;
    }
  };
  useAnnotationKeysOutside(
    () => reader.current?.dom ?? null,
    (key) => {
      act(key, null, () => undefined, false);
      // Delete and Escape take away what had the focus (the card, the editor): the reader gets it,
      // so the keyboard user keeps their place instead of starting over from the top.
      if (key.kind === 'delete' || key.kind === 'clear') reader.current?.focus();
    },
  );

  return (
    <div className="document-workbench">
      <main className="reading-area">
        <ReaderPane
          article={article}
          map={map}
          spans={spans}
          selectedKey={selectedKey}
          flash={flash}
          taggable
          onSelectionChange={onSelectionChange}
          onActivate={choose}
          onTag={tag}
          onKeyDown={(event, selection, collapse) => {
            const key = annotationKeyOf(event);
            return key !== null && act(key, selection, collapse, event.altKey);
          }}
          onView={(view) => {
            reader.current = view;
          }}
        />
      </main>
      <AnnotationSidebar items={resolved} unplaced={unplaced} selectedKey={selectedKey} setNames={setNames} onChoose={show}>
        {selected && (
          <AnnotationEditor
            key={selectedKey}
            annotation={selected}
            readOnly={selected !== editable}
            setName={setNames.get(selected.setId) ?? null}
            noteRef={noteField}
            onRelabel={(label) => run(actions.relabel(selected, label))}
            onNote={(note) => run(actions.setNote(selected, note))}
            onDelete={() => remove(selected)}
            onLeaveNote={() => reader.current?.focus()}
            onClose={() => choose(null)}
          />
        )}
      </AnnotationSidebar>
    </div>
  );
}
