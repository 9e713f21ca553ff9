// Reading and annotating one article: the reader with its highlights beside the sidebar of
// annotations, and the keyboard: 1–4 tag (or relabel), Tab walks, Delete deletes, Escape clears.
import { useCallback, useMemo, useRef, useState } from 'react';
import type { Annotation, AnnotationSet } from '../../../shared/annotation';
import type { Article } from '../../../shared/article';
import { labelForKey, type LabelId } from '../../../shared/labels';
import { OffsetMap } from '../../../shared/offset-map';
import { useDocumentAnnotations } from '../db/use-annotations';
import { annotationKey, resolveAnnotation, type ResolvedAnnotation } from '../reader/anchor';
import type { HighlightSpan } from '../reader/highlight-layer';
import { ReaderPane } from '../reader/reader-pane';
import type { ReaderSelection } from '../reader/reader-view';
import type { AnnotationActions } from './annotation-actions';
import { AnnotationEditor } from './annotation-editor';
import { AnnotationSidebar } from './annotation-sidebar';
import { setDisplayName } from '../sets/set-names';

interface DocumentWorkbenchProps {
  article: Article;
  mySet: AnnotationSet;
  /** The sets shown (the user's own among them or not); only the own set is editable. */
  visibleSets: readonly AnnotationSet[];
  actions: AnnotationActions;
  onSelectionChange(selection: ReaderSelection | null): void;
  onError(error: unknown): void;
}

export function DocumentWorkbench({ article, mySet, visibleSets, actions, onSelectionChange, onError }: DocumentWorkbenchProps) {
  const setIds = useMemo(() => visibleSets.map((s) => s.id), [visibleSets]);
  const annotations = useDocumentAnnotations(setIds, article.id);
  const map = useMemo(() => OffsetMap.fromText(article.text), [article.text]);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [flash, setFlash] = useState<{ key: string; nonce: number } | null>(null);
  const [focusNote, setFocusNote] = useState(0);
  // Bumped by every choice of annotation, so a tag that commits late does not steal the selection.
  const choice = useRef(0);
  const choose = useCallback((key: string | null) => {
    choice.current += 1;
    setSelectedKey(key);
  }, []);

  const resolved = useMemo(() => {
    const placed: ResolvedAnnotation[] = [];
    for (const annotation of annotations ?? []) {
      const r = resolveAnnotation(article.text, map, annotation);
      if (r) placed.push(r);
    }
    return placed;
  }, [annotations, article.text, map]);
  const unplaced = (annotations?.length ?? 0) - resolved.length;

  const spans = useMemo<HighlightSpan[]>(
    () =>
      resolved.map(({ key, annotation, from, to, flagged }) => ({
        key,
        label: annotation.label,
        from,
        to,
        flagged,
        muted: annotation.setId !== mySet.id,
      })),
    [resolved, mySet.id],
  );
  const selected = resolved.find((r) => r.key === selectedKey)?.annotation ?? null;
  /** The selected annotation when the user may change it (their own set). */
  const editable = selected?.setId === mySet.id ? selected : null;
  const setNames = useMemo(
    () => new Map(visibleSets.filter((s) => s.id !== mySet.id).map((s) => [s.id, setDisplayName(s)])),
    [visibleSets, mySet.id],
  );

  const show = useCallback((key: string) => {
    choose(key);
    setFlash((previous) => ({ key, nonce: (previous?.nonce ?? 0) + 1 }));
  }, [choose]);

  const tag = useCallback(
    (label: LabelId, selection: ReaderSelection) => {
      const asked = ++choice.current;
      actions
        .tag({ setId: mySet.id, documentId: article.id, text: article.text, map, start: selection.start, end: selection.end, label, exact: selection.keepExact })
        .then((created) => created && choice.current === asked && setSelectedKey(annotationKey(created)), onError);
    },
    [actions, mySet.id, article.id, article.text, map, onError],
  );

  const run = useCallback((work: Promise<unknown>) => void work.catch(onError), [onError]);
  const remove = useCallback(
    (annotation: Annotation) => {
      choose(null);
      run(actions.remove(annotation));
    },
    [actions, run, choose],
  );

  /** The next (or previous) annotation in text order from the selected one or the caret. */
  const step = (direction: 1 | -1, caret: number): string | null => {
    if (resolved.length === 0) return null;
    const at = resolved.findIndex((r) => r.key === selectedKey);
    if (at >= 0) return resolved[(at + direction + resolved.length) % resolved.length]?.key ?? null;
    const after = resolved.find((r) => r.annotation.start >= caret);
    const before = [...resolved].reverse().find((r) => r.annotation.start < caret);
    return (direction === 1 ? after ?? resolved[0] : before ?? resolved[resolved.length - 1])?.key ?? null;
  };

  const onKeyDown = (event: KeyboardEvent, selection: ReaderSelection | null, collapse: () => void): boolean => {
    if (event.ctrlKey || event.metaKey) return false;
    const label = labelForKey(event.code.startsWith('Digit') ? event.code.slice(5) : event.key);
    if (label) {
      if (selection) {
        tag(label.id, { ...selection, keepExact: selection.keepExact || event.altKey });
        collapse();
      } else if (editable) run(actions.relabel(editable, label.id));
      return true;
    }
    switch (event.key) {
      case 'Tab': {
        const key = step(event.shiftKey ? -1 : 1, selection?.start ?? 0);
        if (key) show(key);
        return key !== null;
      }
      case 'Delete':
      case 'Backspace':
        if (editable) remove(editable);
        return true;
      case 'Escape':
        choose(null);
        collapse();
        return true;
      case 'Enter':
        if (selected) setFocusNote((n) => n + 1);
        return true;
      default:
        return false;
    }
  };

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
          onKeyDown={onKeyDown}
        />
      </main>
      <AnnotationSidebar items={resolved} unplaced={unplaced} selectedKey={selectedKey} setNames={setNames} onChoose={show}>
        {selected && (
          <AnnotationEditor
            key={selectedKey}
            annotation={selected}
            readOnly={selected !== editable}
            setName={setNames.get(selected.setId) ?? null}
            focusNoteRequest={focusNote}
            onRelabel={(label) => run(actions.relabel(selected, label))}
            onNote={(note) => run(actions.setNote(selected, note))}
            onDelete={() => remove(selected)}
            onClose={() => choose(null)}
          />
        )}
      </AnnotationSidebar>
    </div>
  );
}
